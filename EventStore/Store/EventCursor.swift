/// A forward reader over a range of positions that pulls records segment by segment, a chunk at a
/// time, so memory stays bounded however long the log is. Checks every CRC and every chain link after
/// the first record it reads.
public struct EventCursor {
    let store: EventStore
    /// The position the next call to `next` returns.
    public private(set) var nextPosition: UInt64
    /// The cursor stops before this position (the log's end when it was created).
    public let endPosition: UInt64
    private var scanner: SegmentScanner?

    init(store: EventStore, nextPosition: UInt64, endPosition: UInt64) {
        self.store = store
        self.nextPosition = nextPosition
        self.endPosition = endPosition
    }

    /// The next record, or nil at the end.
    /// - Throws: `corrupt` if a record fails its checks, `io` on read failure.
    public mutating func next() throws(EventStoreError) -> RecordedEvent? {
        guard nextPosition < endPosition else { return nil }
        if scanner == nil || scanner!.nextPosition != nextPosition { scanner = try makeScanner() }
        var next = try scanner!.next()
        if next == nil {
            scanner = try makeScanner()
            next = try scanner!.next()
        }
        guard let next else { throw EventStoreError(.corrupt, "position \(nextPosition) missing from its segment") }
        nextPosition += 1
        return next.record
    }

    /// A scanner positioned at `nextPosition`, bounded by its segment's committed records.
    private func makeScanner() throws(EventStoreError) -> SegmentScanner {
        let position = nextPosition
        return try store.withOpenState { (state) throws(EventStoreError) in
            let location = try store.location(of: position, in: state)
            let slot = try store.slot(location.segmentIndex, in: state)
            return SegmentScanner(
                file: slot.file, segmentIndex: slot.segmentIndex, offset: location.offset,
                endOffset: slot.recordsEndOffset, nextPosition: position, chainHead: nil)
        }
    }
}
