extension RulebookSet {
    /// The books shipped with CaseLedger: national `wt2010` and `wt2013`, the local `oldham` standard, and
    /// national `statute` (limits set by Acts of Parliament, in force in every era).
    ///
    /// Their JSON is embedded (`ShippedRulebookText`) from `Sources/Rulebooks/Data/*.json`; tests prove
    /// the two agree and that every shipped book loads, so a failure here is a build defect and traps.
    public static let shipped: RulebookSet = {
        do {
            var books: [Rulebook] = []
            let texts = [
                ShippedRulebookText.wt2010, ShippedRulebookText.wt2013, ShippedRulebookText.oldham,
                ShippedRulebookText.statute,
            ]
            for text in texts {
                books.append(try Rulebook.parse(text: text))
            }
            return try RulebookSet(books)
        } catch {
            preconditionFailure("a shipped rulebook does not load: \(error)")
        }
    }()
}
