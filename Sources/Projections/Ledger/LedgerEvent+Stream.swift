import EventStore

extension LedgerEvent {
    /// The case events of one stream (`child-C000123`), in ledger order, read through the store's per-stream
    /// index: the cost grows with the stream's length, not the ledger's, and nothing else is read.
    ///
    /// - Returns: the stream's case events and its records that do not decode (`SkippedRecord`), both empty
    ///   when the stream has no records.
    /// - Throws: the store's own errors (corruption, I/O, closed) as they are.
    public static func readStream(_ stream: String, from store: EventStore) throws -> LedgerReading {
        decodeConcurrently(try store.readStream(stream))
    }
}
