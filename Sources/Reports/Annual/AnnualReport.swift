import LedgerCalendar
import Projections
import TextFormats

/// The LSCB annual-report figures of a ledger: every figure of `AnnualFigure.all` for each year of a trend
/// ending with the report year, counted from the same projections as every other report
/// (docs/annual-figures.md).
public struct AnnualReport: Hashable, Sendable {
    /// One figure's value in one year.
    public enum Value: Hashable, Sendable {
        /// A count.
        case count(Int)
        /// A percentage or rate in tenths (`123` is 12.3).
        case tenths(Int)
        /// No value, and why (`no reference file`, `no referrals`).
        case unavailable(String)
    }

    /// One figure in one year.
    public struct Cell: Hashable, Sendable {
        /// The year.
        public var year: FinancialYear
        /// The value.
        public var value: Value
        /// Why the year is incomplete for this figure (nil: complete).
        public var incompleteReason: String?
    }

    /// One figure across the years.
    public struct Row: Hashable, Sendable {
        /// The figure.
        public var figure: AnnualFigure
        /// One cell per year, in `years` order.
        public var cells: [Cell]
    }

    /// The years, ascending; the last is the report year.
    public var years: [FinancialYear]
    /// One row per figure, in `AnnualFigure.all` order.
    public var rows: [Row]
    /// The reference file's comparators for the report year, in file order.
    public var comparators: [AnnualReference.Comparator]
    /// Notes printed with the figures (omitted rates, incomplete years).
    public var notes: [String]
    /// The earliest valid date and the latest record date in the ledger (nil for an empty ledger).
    public var coverage: ClosedRange<CivilDate>?
    /// Where the figures come from.
    public var provenance: ReportProvenance

    /// The report year (the last of `years`).
    public var year: FinancialYear { years[years.count - 1] }

    /// The row of figure `id`, or nil.
    public func row(_ id: String) -> Row? { rows.first { $0.figure.id == id } }

    /// The value of figure `id` in `year`, or nil when the report has no such figure or year.
    public func value(_ id: String, in year: FinancialYear) -> Value? {
        row(id)?.cells.first { $0.year == year }?.value
    }
}
