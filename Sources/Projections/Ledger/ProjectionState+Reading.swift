extension ProjectionState {
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
