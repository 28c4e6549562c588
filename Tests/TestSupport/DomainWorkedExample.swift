/// One row of DOMAIN.md §5's worked-examples table (computed there with the bank-holiday data file):
/// a rule, a start date and its deadline under C1-A (elapsed) and C1-B (inclusive).
public struct DomainWorkedExample: Sendable, CustomStringConvertible {
    /// The rule as DOMAIN.md names it ("45 WD assessment").
    public let rule: String
    /// The shipped rule that encodes it.
    public let ruleID: String
    /// The limit in working days, or nil for a month or calendar-day rule.
    public let limitWorkingDays: Int?
    /// The clock start, `YYYY-MM-DD`.
    public let start: String
    /// The deadline when the start day is day 0 (C1-A, the default).
    public let elapsedDue: String
    /// The deadline when the start day is day 1 (C1-B), or nil where DOMAIN.md gives none.
    public let inclusiveDue: String?

    public var description: String { "\(ruleID) from \(start)" }

    /// The whole table, in DOMAIN.md's order (the 72-hour row is an hour rule, tested with the hour rules).
    public static let all: [DomainWorkedExample] = [
        .init("1 WD referral decision", "wt10.referral-decision", 1, "2013-03-28", "2013-04-02", "2013-03-28"),
        .init("45 WD assessment", "nat.assessment-45", 45, "2013-03-28", "2013-06-05", "2013-06-04"),
        .init("45 WD assessment", "nat.assessment-45", 45, "2013-04-15", "2013-06-19", "2013-06-18"),
        .init("15 WD ICPC", "nat.icpc-15", 15, "2013-05-13", "2013-06-04", "2013-06-03"),
        .init("15 WD ICPC", "nat.icpc-15", 15, "2013-12-16", "2014-01-09", "2014-01-08"),
        .init("10 WD core group", "nat.core-group-first", 10, "2013-12-17", "2014-01-03", "2014-01-02"),
        .init("15 WD ICPC", "nat.icpc-15", 15, "2022-05-27", "2022-06-21", "2022-06-20"),
        .init("10 WD core group", "nat.core-group-first", 10, "2022-09-12", "2022-09-27", "2022-09-26"),
        .init("3 WD coroner", "cdr.coroner", 3, "2013-04-26", "2013-05-01", "2013-04-30"),
        .init("1 WD Saturday start", "nat.referral-decision", 1, "2013-06-08", "2013-06-10", "2013-06-10"),
        .init("first RCPC, 3 m", "wt10.rcpc-first", nil, "2013-01-31", "2013-04-30", nil),
        .init("first RCPC, 3 m", "nat.rcpc-first", nil, "2013-11-29", "2014-02-28", nil),
        .init("7 CD registrar", "cdr.registrar", nil, "2013-12-20", "2013-12-27", nil),
        .init("28 CD coroner report", "cdr.coroner-report", nil, "2013-12-10", "2014-01-07", nil),
    ]

    /// The rows whose limit is in working days.
    public static var workingDayRows: [DomainWorkedExample] { all.filter { $0.limitWorkingDays != nil } }

    private init(
        _ rule: String, _ ruleID: String, _ limitWorkingDays: Int?, _ start: String, _ elapsedDue: String,
        _ inclusiveDue: String?
    ) {
        self.rule = rule
        self.ruleID = ruleID
        self.limitWorkingDays = limitWorkingDays
        self.start = start
        self.elapsedDue = elapsedDue
        self.inclusiveDue = inclusiveDue
    }
}
