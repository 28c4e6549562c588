import LedgerCalendar

/// A rule chosen for a clock, with the book it came from (recorded with results for provenance).
public struct SelectedRule: Hashable, Sendable {
    /// The rule in force.
    public var rule: TimescaleRule
    /// The book's name (`wt2013`).
    public var rulebookName: String
    /// The book's version.
    public var rulebookVersion: String
    /// The book's content hash (hex SHA-256 of its canonical JSON).
    public var rulebookContentHash: String

    /// A rule of `book`, with the book's provenance.
    public init(_ rule: TimescaleRule, in book: Rulebook) {
        self.rule = rule
        rulebookName = book.name
        rulebookVersion = book.version
        rulebookContentHash = book.contentHash
    }
}

/// National books and local practice standards, checked together so that selection is unambiguous.
public struct RulebookSet: Hashable, Sendable {
    /// The books, in the order given.
    public let books: [Rulebook]
    /// Every rule already wrapped with its book, by family, in book order: selection runs once per
    /// event per family while clocks are paired, so it must not scan and copy every rule each time.
    private let selectableByFamily: [String: [(authority: String?, selected: SelectedRule)]]

    /// Combines books.
    ///
    /// - Throws: `RulebookError.duplicateID` for two books with one name; `.overlappingRange` when one rule
    ///   id, or one family within a layer (national, or one authority's local books), is in force twice
    ///   on some date.
    public init(_ books: [Rulebook]) throws(RulebookError) {
        var names: Set<String> = []
        for (index, book) in books.enumerated() where !names.insert(book.name).inserted {
            throw RulebookError(.duplicateID, path: "books[\(index)]", reason: "two books are named \"\(book.name)\"")
        }
        let entries = books.flatMap { book in book.rules.map { (book: book, rule: $0) } }
        for (index, entry) in entries.enumerated() {
            for other in entries[(index + 1)...] where entry.rule.inForce.overlaps(other.rule.inForce) {
                let sameLayer = entry.book.authority == other.book.authority
                guard entry.rule.id == other.rule.id || (sameLayer && entry.rule.family == other.rule.family) else {
                    continue
                }
                throw RulebookError(
                    .overlappingRange, path: "\(other.book.name).rules", ruleID: other.rule.id,
                    reason: "in force over \(other.rule.inForce), overlapping \(entry.book.name) rule "
                        + "\(entry.rule.id) (\(entry.rule.inForce)) of family \(entry.rule.family)")
            }
        }
        self.books = books
        var byFamily: [String: [(authority: String?, selected: SelectedRule)]] = [:]
        for book in books {
            for rule in book.rules {
                byFamily[rule.family, default: []].append((book.authority, SelectedRule(rule, in: book)))
            }
        }
        selectableByFamily = byFamily
    }

    /// Equal when the books are equal (the family index is derived from them).
    public static func == (a: RulebookSet, b: RulebookSet) -> Bool { a.books == b.books }

    /// Hashes the books (the family index is derived from them).
    public func hash(into hasher: inout Hasher) { hasher.combine(books) }

    /// The rule of `family` in one layer (an authority's local books, or national for nil) in force on `date`.
    private func rule(family: String, layer: String?, on date: CivilDate) -> SelectedRule? {
        selectableByFamily[family]?.first { $0.authority == layer && $0.selected.rule.inForce.contains(date) }?
            .selected
    }

    /// The rule of `family` in force on the date its clock starts: a local rule of `authority` if one is
    /// in force then, else the national rule.
    ///
    /// - Complexity: O(rules in the set).
    public func rule(family: String, clockStart: CivilDate, authority: String? = nil) -> SelectedRule? {
        let layers: [String?] = authority.map { [$0, nil] } ?? [nil]
        for layer in layers {
            if let selected = rule(family: family, layer: layer, on: clockStart) { return selected }
        }
        return nil
    }

    /// Every rule with this id, in book order (one id may recur in books with disjoint ranges); for `rules show`.
    public func rules(withID id: String) -> [SelectedRule] {
        books.compactMap { book in
            book.rule(id: id).map { SelectedRule($0, in: book) }
        }
    }

    /// Every rule in force on `date` for `authority` (local rules replacing national rules of their family),
    /// sorted by family.
    public func rules(inForceOn date: CivilDate, authority: String? = nil) -> [SelectedRule] {
        let families = Set(books.flatMap { $0.rules.map(\.family) })
        return families.sorted().compactMap { rule(family: $0, clockStart: date, authority: authority) }
    }
}
