import Synchronization

/// The source-id table of an index checkpoint (its last section), kept as the bytes its SHA-256 verified
/// and checked and decoded only when needed: the first few lookups scan the bytes (a write-open that
/// appends a handful of events does not pay for decoding a million entries), and the next one decodes
/// the whole table into a dictionary, once, whichever copy of the index asks.
///
/// `@unchecked Sendable`: `reader` and `recordCount` are immutable; the rest lives in a `Mutex`.
final class CheckpointSourceTable: @unchecked Sendable {
    /// Lookups answered by scanning the bytes before the table is decoded.
    static let scannedLookupCountMax = 8

    private let reader: ByteReader
    private let recordCount: UInt64
    private let state = Mutex<(decoded: Result<[String: UInt64], EventStoreError>?, scannedLookupCount: Int)>(
        (nil, 0))

    /// A table starting at `reader`'s offset in a checkpoint covering `recordCount` records.
    init(reader: ByteReader, recordCount: UInt64) {
        self.reader = reader
        self.recordCount = recordCount
    }

    /// The position of `sourceID` in the table, or nil.
    /// - Throws: `corrupt` if the table fails its checks (see `positions()`; a scan checks the lengths it
    ///   walks, the count, and the found entry's position).
    func position(of sourceID: String) throws(EventStoreError) -> UInt64? {
        let decoded = state.withLock { state -> Result<[String: UInt64], EventStoreError>? in
            if state.decoded == nil, state.scannedLookupCount < Self.scannedLookupCountMax {
                state.scannedLookupCount += 1
                return nil
            }
            return decodedTable(&state.decoded)
        }
        guard let decoded else { return try scan(for: Array(sourceID.utf8)) }
        return try decoded.get()[sourceID]
    }

    /// Every source id of the checkpoint and its position.
    /// - Throws: `corrupt` if the table fails its checks (counts, lengths, UTF-8, positions in range, no
    ///   source id twice, nothing after it); the same error on every later call.
    func positions() throws(EventStoreError) -> [String: UInt64] {
        try state.withLock { state in decodedTable(&state.decoded) }.get()
    }

    private func decodedTable(_ cached: inout Result<[String: UInt64], EventStoreError>?)
        -> Result<[String: UInt64], EventStoreError>
    {
        if let cached { return cached }
        var reader = reader
        let recordCount = recordCount
        let result = Result { () throws(EventStoreError) in
            try IndexCheckpoint.decodeSources(&reader, recordCount: recordCount)
        }
        cached = result
        return result
    }

    /// Walks every entry (no early exit: the answer must not depend on the table being sorted).
    private func scan(for key: [UInt8]) throws(EventStoreError) -> UInt64? {
        var reader = reader
        let count = try reader.readUInt64("source count")
        guard let entryCount = Int(exactly: count), entryCount <= reader.remainingCount / 10 else {
            throw EventStoreError(.corrupt, "index checkpoint: count \(count) exceeds the file")
        }
        var found: UInt64?
        for _ in 0..<entryCount {
            let size = Int(try reader.readUInt16("name length"))
            guard size <= Limits.sourceIDSizeBytesMax else {
                throw EventStoreError(.corrupt, "index checkpoint: name over limit")
            }
            let matches = try reader.skip(size, "name", matching: key)
            let position = try reader.readUInt64("source position")
            guard matches else { continue }
            guard found == nil, position < recordCount else {
                throw EventStoreError(.corrupt, "index checkpoint: bad source entry")
            }
            found = position
        }
        return found
    }
}
