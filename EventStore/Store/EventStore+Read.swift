extension EventStore {
    /// Reads up to `limit` records starting at `position`, forward or backward.
    ///
    /// Returns fewer (possibly none) at the end (or, backward, the start) of the log. A start position
    /// past the end reads nothing forward; backward it starts at the last record.
    /// - Throws: `corrupt` if a record fails its CRC or chain link, `io` on read failure, `readOnly` if closed.
    /// - Complexity: O(limit) record reads.
    public func read(fromPosition position: UInt64, direction: ReadDirection = .forward, limit: Int)
        throws(EventStoreError) -> [RecordedEvent]
    {
        guard limit > 0 else { return [] }
        switch direction {
        case .forward:
            var cursor = try events(fromPosition: position)
            var records: [RecordedEvent] = []
            while records.count < limit, let record = try cursor.next() { records.append(record) }
            return records
        case .backward:
            let count = try committedRecordCount()
            guard count > 0 else { return [] }
            let start = min(position, count - 1)
            let stop = start >= UInt64(limit) ? start - UInt64(limit) + 1 : 0
            return try stride(from: start, through: stop, by: -1).map { (position) throws(EventStoreError) in
                try record(at: position)
            }
        }
    }

    /// Reads a stream's records with version `fromVersion` onwards, at most `limit` of them.
    /// - Throws: `corrupt`, `io` or `readOnly` (closed), as `read`.
    public func readStream(_ stream: String, fromVersion version: UInt64 = 0, limit: Int = Int.max)
        throws(EventStoreError) -> [RecordedEvent]
    {
        let positions = try withOpenState { state in state.index.streams[stream] ?? [] }
        guard version < UInt64(positions.count), limit > 0 else { return [] }
        let start = Int(version)
        let end = start + min(limit, positions.count - start)
        return try positions[start..<end].map { (position) throws(EventStoreError) in try record(at: position) }
    }

    /// The version of a stream's last record, or nil if the stream has none.
    public func version(of stream: String) throws(EventStoreError) -> UInt64? {
        try withOpenState { state in state.index.version(of: stream) }
    }

    /// The record appended with `sourceID`, or nil if no record carries it (permanent idempotency: a source
    /// id is unique across the whole ledger, whatever the stream). O(1) index lookup plus one record read.
    /// - Throws: `corrupt` if the record fails its checks, `io`, or `readOnly` if closed.
    public func record(withSourceID sourceID: String) throws(EventStoreError) -> RecordedEvent? {
        guard
            let position = try withOpenState({ (state) throws(EventStoreError) in
                try state.index.position(ofSourceID: sourceID)
            })
        else { return nil }
        return try record(at: position)
    }

    /// Reads the record at `position`.
    /// - Throws: `notFound` past the end, `corrupt` if it fails its CRC, `io`, or `readOnly` if closed.
    public func record(at position: UInt64) throws(EventStoreError) -> RecordedEvent {
        let (file, location) = try locate(position)
        let (record, _) = try Self.readFrame(from: file, segmentIndex: location.segmentIndex, offset: location.offset)
        guard record.position == position else {
            throw EventStoreError(
                .corrupt,
                "segment \(location.segmentIndex), offset \(location.offset): holds position \(record.position), expected \(position)"
            )
        }
        return record
    }

    /// A streaming reader from `position` to the log's end as of now, pulling records a chunk at a time.
    public func events(fromPosition position: UInt64) throws(EventStoreError) -> EventCursor {
        EventCursor(store: self, nextPosition: position, endPosition: try committedRecordCount())
    }

    /// The file and location of `position`, or `notFound` (`corrupt` for an unreadable acknowledged one).
    func locate(_ position: UInt64) throws(EventStoreError) -> (any OpenFile, (segmentIndex: UInt32, offset: Int)) {
        try withOpenState { (state) throws(EventStoreError) in
            let location = try location(of: position, in: state)
            return (try slot(location.segmentIndex, in: state).file, location)
        }
    }

    /// Where `position` lives. Call with the lock held.
    /// - Throws: `corrupt` for an acknowledged position that damage made unreadable (read-only), else
    ///   `notFound` past the end.
    func location(of position: UInt64, in state: State) throws(EventStoreError) -> (segmentIndex: UInt32, offset: Int) {
        if let location = state.index.location(of: position) { return location }
        if let unreadable = state.unreadablePositions, unreadable.contains(position), let damage = state.diagnosis {
            throw EventStoreError(.corrupt, "\(damage) (acknowledged position \(position) is unreadable)")
        }
        throw EventStoreError(
            .notFound, "position \(position) is past the end of the log (\(state.index.recordCount) records)")
    }

    /// The segment slot with `segmentIndex`. Call with the lock held.
    func slot(_ segmentIndex: UInt32, in state: State) throws(EventStoreError) -> SegmentSlot {
        guard let slot = state.segments.first(where: { $0.segmentIndex == segmentIndex }) else {
            throw EventStoreError(.notFound, "segment \(segmentIndex) is not open")
        }
        return slot
    }

    /// Records readers may ask for: the indexed ones, plus (read-only, damaged) the acknowledged ones
    /// that cannot be read, so that a read reaching them fails with `corrupt` instead of ending early.
    func committedRecordCount() throws(EventStoreError) -> UInt64 {
        try withOpenState { state in max(state.index.recordCount, state.unreadablePositions?.upperBound ?? 0) }
    }

    /// Runs `body` on the state with the lock held, refusing if the store is closed.
    func withOpenState<Result>(_ body: (State) throws(EventStoreError) -> Result) throws(EventStoreError) -> Result {
        try shared.withLockedValue { (state) throws(EventStoreError) in
            guard !state.isClosed else { throw EventStoreError(.readOnly, "store at \(paths.directory) is closed") }
            return try body(state)
        }
    }
}
