/// One figure of the annual report: a stable id, a one-line definition and its source
/// (docs/annual-figures.md lists the same ids, definitions and sources).
public struct AnnualFigure: Hashable, Sendable {
    /// How a figure's value is obtained.
    public enum Kind: Hashable, Sendable {
        /// Events (or plans, referrals) counted in the financial year.
        case count
        /// Children in a state at the end of 31 March (C10: a plan ending on 31 March is not open).
        case snapshot
        /// `numerator` ÷ `denominator` × 100, one decimal place (nil with a zero denominator).
        case percent(numerator: String, denominator: String)
        /// `numerator` ÷ the 0–17 population of the reference file × 10,000, one decimal place.
        case ratePer10000(numerator: String)
    }

    /// The stable id (`referrals`, `cpp-at-31-march-rate`).
    public var id: String
    /// A short title for tables.
    public var title: String
    /// The one-line definition.
    public var definition: String
    /// Where the definition comes from.
    public var source: String
    /// How its value is obtained.
    public var kind: Kind
    /// Months of history before the year that the figure needs (re-referrals look back 12 months):
    /// a year whose look-back starts before the ledger's data is marked incomplete.
    public var lookbackMonths: Int

    init(_ id: String, _ title: String, _ kind: Kind, lookbackMonths: Int = 0, _ definition: String, _ source: String) {
        self.id = id
        self.title = title
        self.kind = kind
        self.lookbackMonths = lookbackMonths
        self.definition = definition
        self.source = source
    }

    /// Whether the figure is counted directly from contributions (a count or a snapshot).
    public var isCounted: Bool {
        switch kind {
        case .count, .snapshot: true
        case .percent, .ratePer10000: false
        }
    }

    /// The version of these definitions, recorded in every report's provenance. Bump it when a definition,
    /// an id or a counting rule changes.
    public static let definitionsVersion = "annual-figures/1"

    /// The figure with `id`, or nil.
    public static func named(_ id: String) -> AnnualFigure? { byID[id] }

    private static let byID: [String: AnnualFigure] = Dictionary(
        uniqueKeysWithValues: all.map { ($0.id, $0) })
}
