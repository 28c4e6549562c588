import LedgerCalendar
import Projections

/// Where a report's figures come from: enough to reproduce it byte for byte.
public struct ReportProvenance: Hashable, Sendable {
    /// The last ledger position read (nil for an empty ledger).
    public var ledgerPosition: UInt64?
    /// The chain hash at that position, lowercase hex.
    public var chainHead: String
    /// Every rulebook a counted clock was measured under, sorted.
    public var rulebooks: [RulebookReference]
    /// The calendar (name, version, coverage, fingerprint).
    public var calendar: String
    /// Every rule setting consulted, `id=value (default|override)`, sorted and unique.
    public var settings: [String]
    /// The report parameters, in a fixed order.
    public var parameters: [String: String]
    /// The generation time (an explicit parameter).
    public var generatedAt: String
    /// The order `parameters` are printed in.
    public var parameterOrder: [String]
}
