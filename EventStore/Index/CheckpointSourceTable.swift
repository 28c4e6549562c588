import Synchronization

/// The source-id table of an index checkpoint (its last section), kept as the bytes its SHA-256 verified
/// and checked and decoded only when first needed, once, whichever copy of the index asks first.
///
/// `@unchecked Sendable`: `reader` and `recordCount` are immutable; the decoded table lives in a `Mutex`.
final class CheckpointSourceTable: @unchecked Sendable {
    private let reader: ByteReader
    private let recordCount: UInt64
    private let decoded = Mutex<Result<[String: UInt64], EventStoreError>?>(nil)

    /// A table starting at `reader`'s offset in a checkpoint covering `recordCount` records.
    init(reader: ByteReader, recordCount: UInt64) {
        self.reader = reader
        self.recordCount = recordCount
    }

    /// Every source id of the checkpoint and its position.
    /// - Throws: `corrupt` if the table fails its checks (counts, lengths, UTF-8, positions in range, no
    ///   source id twice, nothing after it); the same error on every later call.
    func positions() throws(EventStoreError) -> [String: UInt64] {
        let result = decoded.withLock { cached in
            if let cached { return cached }
            var reader = reader
            let recordCount = recordCount
            let result = Result { () throws(EventStoreError) in
                try IndexCheckpoint.decodeSources(&reader, recordCount: recordCount)
            }
            cached = result
            return result
        }
        return try result.get()
    }
}
