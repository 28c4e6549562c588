import EventStore

extension ProjectionState {
    /// Folds every record of `store` after `lastPosition` in, one decoded batch at a time (so memory holds
    /// the state and one batch, never the whole ledger), and returns the number of events folded.
    ///
    /// - Throws: the store's errors; `ProjectionError` when an event cannot be folded.
    public mutating func catchUp(with store: EventStore) throws -> Int {
        var folded = 0
        try LedgerEvent.readBatches(from: store, fromPosition: lastPosition.map { $0 + 1 } ?? 0) { reading in
            try apply(reading)
            folded += reading.events.count
        }
        return folded
    }

    /// Folds a reading in: its events and skipped records merged in position order.
    public mutating func apply(_ reading: LedgerReading) throws(ProjectionError) {
        var skipped = reading.skipped[...]
        for event in reading.events {
            while let record = skipped.first, record.position < event.position {
                skip(record)
                skipped.removeFirst()
            }
            try apply(event)
        }
        for record in skipped { skip(record) }
    }

    /// A state folded from a reading that starts at position 0 (a full rebuild).
    public static func rebuild(from reading: LedgerReading) throws(ProjectionError) -> ProjectionState {
        var state = ProjectionState()
        try state.apply(reading)
        return state
    }
}
