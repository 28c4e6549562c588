import LedgerCalendar

/// One thing counted in one figure for one year: a referral, a plan, a child on a plan at 31 March. The
/// drill-down of `caseledger report explain` lists these, so every figure can be checked by hand.
public struct AnnualContribution: Hashable, Sendable {
    /// The counted figure's id.
    public var figureID: String
    /// The financial year it counts in.
    public var year: FinancialYear
    /// The child.
    public var childId: String
    /// The date that placed it in the year (the event date, or 31 March for a snapshot).
    public var date: CivilDate
    /// The ledger positions of the events behind it (e.g. the referral and its NFA decision), ascending.
    public var positions: [UInt64]
    /// What was measured, when there is something (`12 working days`, `no start recorded`), else empty.
    public var detail: String

    /// Creates a contribution.
    public init(
        figureID: String, year: FinancialYear, childId: String, date: CivilDate, positions: [UInt64],
        detail: String = ""
    ) {
        self.figureID = figureID
        self.year = year
        self.childId = childId
        self.date = date
        self.positions = positions.sorted()
        self.detail = detail
    }

    /// Drill-down order: date, child, first position.
    static func drillDownOrder(_ a: AnnualContribution, _ b: AnnualContribution) -> Bool {
        (a.date, a.childId, a.positions.first ?? 0) < (b.date, b.childId, b.positions.first ?? 0)
    }
}
