extension ReportProvenance {
    /// The provenance as key/value pairs in print order: ledger position, chain head, calendar, generation
    /// time, each rulebook, each setting, then the parameters in `parameterOrder`.
    var pairs: [(String, String)] {
        var pairs: [(String, String)] = [
            ("ledgerPosition", text(ledgerPosition)), ("chainHead", chainHead),
            ("calendar", calendar), ("generatedAt", generatedAt),
        ]
        for book in rulebooks {
            pairs.append(("rulebook", "\(book.name) \(book.version) sha256:\(book.contentHash)"))
        }
        pairs += settings.map { ("setting", $0) }
        pairs += parameterOrder.map { ("parameter." + $0, parameters[$0] ?? "") }
        return pairs
    }
}
