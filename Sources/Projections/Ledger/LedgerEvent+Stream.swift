import EventStore

extension LedgerEvent {
    /// The case events of one stream (`child-C000123`), in ledger order, read through the store's per-stream
    /// index: the cost grows with the stream's length, not the ledger's, and nothing else is read.
    ///
    /// - Returns: an empty array when the stream has no records.
    /// - Throws: `ProjectionError.undecodableEvent` for a payload that is not a catalogue event; the store's
    ///   own errors (corruption, I/O, closed) as they are.
    public static func readStream(_ stream: String, from store: EventStore) throws -> [LedgerEvent] {
        try decodeConcurrently(try store.readStream(stream))
    }
}
