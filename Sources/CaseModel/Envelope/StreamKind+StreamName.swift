extension StreamKind {
    /// The kind of a case stream named `streamName` (`child-…`, `household-…`, `board-…`, `scr-…` with a
    /// non-empty id), or nil for a stream outside the case model.
    ///
    /// Case streams hold catalogue events only (the CLI validates an append to one like an import);
    /// projections read them and skip every other stream.
    public init?(streamName: String) {
        guard
            let kind = StreamKind.allCases.first(where: {
                streamName.hasPrefix($0.prefix) && streamName.utf8.count > $0.prefix.utf8.count
            })
        else { return nil }
        self = kind
    }
}
