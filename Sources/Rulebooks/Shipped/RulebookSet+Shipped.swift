extension RulebookSet {
    /// The books shipped with CaseLedger: national `wt2010` and `wt2013`, and the local `oldham` standard.
    ///
    /// Their JSON is embedded (`ShippedRulebookText`) from `Sources/Rulebooks/Data/*.json`; tests prove
    /// the two agree and that every shipped book loads, so a failure here is a build defect and traps.
    public static let shipped: RulebookSet = {
        do {
            var books: [Rulebook] = []
            for text in [ShippedRulebookText.wt2010, ShippedRulebookText.wt2013, ShippedRulebookText.oldham] {
                books.append(try Rulebook.parse(text: text, knownEventTypes: RulebookEventTypes.catalogue))
            }
            return try RulebookSet(books)
        } catch {
            preconditionFailure("a shipped rulebook does not load: \(error)")
        }
    }()
}
