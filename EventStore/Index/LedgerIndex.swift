/// The derived indexes over the log: where each position lives, each stream's positions, and each
/// source id's position. Rebuildable from the log at any time; never the source of truth.
struct LedgerIndex: Sendable {
    /// Location of position `p` at `locations[p]`: segment index in the high 32 bits, byte offset in the low 32.
    private(set) var locations: [UInt64] = []
    /// Positions of each stream's records; a record's stream version is its index in the array.
    private(set) var streams: [String: [UInt64]] = [:]
    /// The position of the record that carried each source id, for the source ids added since the index was
    /// created or loaded (all of them for an index built by scanning).
    private(set) var addedSources: [String: UInt64] = [:]
    /// The source ids of the checkpoint this index was loaded from, decoded on first use: a read-only open
    /// never needs them, and they are most of a checkpoint's decoding cost (a string and a hash-table entry
    /// per event).
    private(set) var checkpointSources: CheckpointSourceTable?
    /// Chain hash of the last indexed record (genesis when empty).
    private(set) var chainHead: [UInt8] = ChainHash.genesis
    /// The records added since `startJournal()`, for the tail index (FORMAT.md, "Tail index"); nil when not
    /// journaling (no index checkpoint on disk to be a base for one).
    private(set) var journal: IndexJournal?

    /// Creates an empty index.
    init() {}

    /// Creates an index from checkpointed parts (already checked by the caller, the source table on use).
    init(
        locations: [UInt64], streams: [String: [UInt64]], checkpointSources: CheckpointSourceTable?,
        chainHead: [UInt8]
    ) {
        self.locations = locations
        self.streams = streams
        self.checkpointSources = checkpointSources
        self.chainHead = chainHead
    }

    /// Number of indexed records.
    var recordCount: UInt64 { UInt64(locations.count) }

    /// Adds the next record. Its position must be `recordCount`, and its stream version the stream's next.
    mutating func add(_ record: IndexedRecord) throws(EventStoreError) {
        precondition(record.position == recordCount, "records are indexed in position order")
        let nextVersion = UInt64(streams[record.stream]?.count ?? 0)
        guard record.streamVersion == nextVersion else {
            throw EventStoreError(
                .corrupt,
                "position \(record.position): stream version \(record.streamVersion), expected \(nextVersion)")
        }
        if let sourceID = record.sourceID {
            guard addedSources[sourceID] == nil else {
                throw EventStoreError(.corrupt, "position \(record.position): source id appears twice in the log")
            }
            addedSources[sourceID] = record.position  // against the checkpoint's: checked on lookup
        }
        let location = UInt64(record.segmentIndex) << 32 | UInt64(UInt32(record.offset))
        locations.append(location)
        streams[record.stream, default: []].append(record.position)
        chainHead = record.chainHash
        journal?.entries.append(
            IndexJournal.Entry(
                location: location, streamVersion: record.streamVersion, stream: record.stream,
                sourceID: record.sourceID))
    }

    /// Starts (or restarts) journaling at the current end: the index as it is now is the base that an index
    /// checkpoint on disk holds, and the records added from now on are what a tail index must add to it.
    mutating func startJournal() {
        journal = IndexJournal(baseRecordCount: recordCount, baseChainHead: chainHead)
    }

    /// Stops journaling (the on-disk checkpoint no longer matches any base this index knows).
    mutating func stopJournal() {
        journal = nil
    }

    /// The segment and byte offset of `position`, or nil past the end.
    func location(of position: UInt64) -> (segmentIndex: UInt32, offset: Int)? {
        guard position < recordCount else { return nil }
        let packed = locations[Int(position)]
        return (UInt32(packed >> 32), Int(UInt32(truncatingIfNeeded: packed)))
    }

    /// The position of the record that carried `sourceID`, or nil. The checkpoint's source table is scanned
    /// for the first few lookups and then decoded (`CheckpointSourceTable`).
    /// - Throws: `corrupt` if the checkpoint's table fails its checks, or holds `sourceID` too when a record
    ///   added since carries it (a source id appears twice).
    func position(ofSourceID sourceID: String) throws(EventStoreError) -> UInt64? {
        let added = addedSources[sourceID]
        guard let fromCheckpoint = try checkpointSources?.position(of: sourceID) else { return added }
        guard added == nil else {
            throw EventStoreError(.corrupt, "position \(added!): source id appears twice in the log")
        }
        return fromCheckpoint
    }

    /// Every source id with its position (decoding the checkpoint's source table).
    /// - Throws: `corrupt` as `position(ofSourceID:)`.
    func allSources() throws(EventStoreError) -> [String: UInt64] {
        guard let checkpointSources else { return addedSources }
        var all = try checkpointSources.positions()
        for (sourceID, position) in addedSources {
            guard all.updateValue(position, forKey: sourceID) == nil else {
                throw EventStoreError(.corrupt, "position \(position): source id appears twice in the log")
            }
        }
        return all
    }

    /// The version of a stream's last record, or nil if the stream has none.
    func version(of stream: String) -> UInt64? {
        streams[stream].map { UInt64($0.count - 1) }
    }
}

/// What the index needs to know about one record.
struct IndexedRecord: Sendable {
    var position: UInt64
    var stream: String
    var streamVersion: UInt64
    var sourceID: String?
    var chainHash: [UInt8]
    var segmentIndex: UInt32
    var offset: Int

    /// The index entry of a record read from `segmentIndex` at `offset`.
    init(_ record: RecordedEvent, segmentIndex: UInt32, offset: Int) {
        self.init(
            position: record.position, stream: record.stream, streamVersion: record.streamVersion,
            sourceID: record.sourceID, chainHash: record.chainHash, segmentIndex: segmentIndex, offset: offset)
    }

    /// Creates an entry.
    init(
        position: UInt64, stream: String, streamVersion: UInt64, sourceID: String?, chainHash: [UInt8],
        segmentIndex: UInt32, offset: Int
    ) {
        self.position = position
        self.stream = stream
        self.streamVersion = streamVersion
        self.sourceID = sourceID
        self.chainHash = chainHash
        self.segmentIndex = segmentIndex
        self.offset = offset
    }
}

/// The records an index gained after a base that an index checkpoint on disk holds: what a tail index
/// (`INDEX-TAIL`) stores so that opening needs neither a scan of the tail segment nor a full checkpoint.
struct IndexJournal: Sendable, Equatable {
    /// One record's index entry.
    struct Entry: Sendable, Equatable {
        /// Segment index in the high 32 bits, byte offset in the low 32 (as `LedgerIndex.locations`).
        var location: UInt64
        var streamVersion: UInt64
        var stream: String
        var sourceID: String?
    }

    /// Records covered by the base checkpoint.
    var baseRecordCount: UInt64
    /// Chain hash of record `baseRecordCount − 1` (genesis for an empty base).
    var baseChainHead: [UInt8]
    /// Entries of positions `baseRecordCount...`, in position order.
    var entries: [Entry] = []
}
