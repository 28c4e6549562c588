/// Whether a book is national guidance or a local practice standard.
public enum RulebookKind: String, Hashable, Sendable, CaseIterable {
    /// National statutory guidance (WT2010, WT2013).
    case national
    /// One local authority's practice standard, layered over the national book.
    case local
}

/// A versioned set of timescale rules from one document (docs/rulebook-format.md §1).
public struct Rulebook: Hashable, Sendable {
    /// Machine name, unique in a set (`wt2013`).
    public var name: String
    /// Human title.
    public var title: String
    /// National or local.
    public var kind: RulebookKind
    /// The local authority of a local book; nil for a national one.
    public var authority: String?
    /// The document edition (`WT2013`).
    public var edition: String
    /// The version of this data.
    public var version: String
    /// When the book is in force.
    public var inForce: InForceRange
    /// Provenance notes.
    public var notes: String?
    /// The book's own settings (the built-in ones are in `SettingDefinition.builtIn`).
    public var settings: [SettingDefinition]
    /// The rules in file order.
    public var rules: [TimescaleRule]
    /// Lowercase hex SHA-256 of the book's canonical JSON.
    public var contentHash: String

    /// The rule with this id, if the book has one.
    public func rule(id: String) -> TimescaleRule? { rules.first { $0.id == id } }
}
