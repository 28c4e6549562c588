import LedgerCalendar
import TestSupport
import Testing

@testable import Rulebooks

/// One shipped clock (rule or repetition), a start date and its expected due date under the defaults.
struct BoundaryCase: Sendable, CustomTestStringConvertible {
    let ruleID: String
    let occurrence: Int
    let start: String
    let due: String
    var testDescription: String { "\(ruleID)#\(occurrence) from \(start)" }
}

// Starts sit just before holidays: Thu 19 Dec 2013 (Christmas, New Year), Thu 5 Apr 2012 (Easter, 7 May,
// 4–5 Jun) and Thu 21 Mar 2024 (Easter, 6 May), so every working-day count crosses weekends and holidays.
let boundaryCases: [BoundaryCase] = [
    // WT2010 (hand-counted: Good Friday 6 Apr, Easter Monday 9 Apr, 7 May 2012).
    BoundaryCase(ruleID: "wt10.referral-decision", occurrence: 0, start: "2012-04-05", due: "2012-04-10"),
    BoundaryCase(ruleID: "wt10.initial-assessment", occurrence: 0, start: "2012-04-05", due: "2012-04-18"),
    BoundaryCase(ruleID: "wt10.core-assessment", occurrence: 0, start: "2012-04-05", due: "2012-05-29"),
    BoundaryCase(ruleID: "wt10.icpc-15", occurrence: 0, start: "2012-04-05", due: "2012-04-30"),
    BoundaryCase(ruleID: "wt10.core-group-first", occurrence: 0, start: "2012-04-05", due: "2012-04-23"),
    BoundaryCase(ruleID: "wt10.rcpc-first", occurrence: 0, start: "2012-04-05", due: "2012-07-05"),
    BoundaryCase(ruleID: "wt10.rcpc-first", occurrence: 1, start: "2012-07-05", due: "2013-01-05"),
    BoundaryCase(ruleID: "wt10.lado-1wd", occurrence: 0, start: "2012-04-05", due: "2012-04-10"),
    // WT2013 (25, 26 Dec 2013 and 1 Jan 2014 skipped).
    BoundaryCase(ruleID: "nat.referral-decision", occurrence: 0, start: "2013-12-19", due: "2013-12-20"),
    BoundaryCase(ruleID: "nat.referral-ack", occurrence: 0, start: "2013-12-19", due: "2013-12-20"),
    BoundaryCase(ruleID: "nat.assessment-45", occurrence: 0, start: "2013-12-19", due: "2014-02-25"),
    BoundaryCase(ruleID: "dfe.assessment-45", occurrence: 0, start: "2013-12-19", due: "2014-02-25"),
    BoundaryCase(ruleID: "nat.icpc-15", occurrence: 0, start: "2013-12-19", due: "2014-01-14"),
    BoundaryCase(ruleID: "nat.core-group-first", occurrence: 0, start: "2013-12-19", due: "2014-01-07"),
    BoundaryCase(ruleID: "nat.rcpc-first", occurrence: 0, start: "2013-12-19", due: "2014-03-19"),
    BoundaryCase(ruleID: "nat.rcpc-first", occurrence: 2, start: "2014-03-19", due: "2014-09-19"),
    BoundaryCase(ruleID: "nat.transfer-in-conf", occurrence: 0, start: "2013-12-19", due: "2014-01-14"),
    BoundaryCase(ruleID: "nat.lado-1wd", occurrence: 0, start: "2013-12-19", due: "2013-12-20"),
    BoundaryCase(ruleID: "lscb.scr-decision", occurrence: 0, start: "2013-12-19", due: "2014-01-19"),
    BoundaryCase(ruleID: "lscb.scr-complete", occurrence: 0, start: "2013-12-19", due: "2014-06-19"),
    BoundaryCase(ruleID: "cdr.registrar", occurrence: 0, start: "2013-12-19", due: "2013-12-26"),
    BoundaryCase(ruleID: "cdr.coroner", occurrence: 0, start: "2013-12-19", due: "2013-12-24"),
    BoundaryCase(ruleID: "cdr.coroner-report", occurrence: 0, start: "2013-12-19", due: "2014-01-16"),
    // Oldham (Good Friday 29 Mar, Easter Monday 1 Apr, 6 May 2024).
    BoundaryCase(ruleID: "old.eha-complete", occurrence: 0, start: "2024-03-21", due: "2024-05-07"),
    BoundaryCase(ruleID: "old.eh-plan-review", occurrence: 0, start: "2024-03-21", due: "2024-05-02"),
    BoundaryCase(ruleID: "old.eh-plan-review", occurrence: 1, start: "2024-05-02", due: "2024-06-13"),
    BoundaryCase(ruleID: "old.taf-cadence", occurrence: 0, start: "2024-03-21", due: "2024-05-02"),
    BoundaryCase(ruleID: "old.taf-cadence", occurrence: 3, start: "2024-05-02", due: "2024-06-13"),
    BoundaryCase(ruleID: "old.taf-minutes", occurrence: 0, start: "2024-03-21", due: "2024-04-08"),
    BoundaryCase(ruleID: "old.teh-allocate", occurrence: 0, start: "2024-03-21", due: "2024-03-26"),
    BoundaryCase(ruleID: "old.fc-first-visit", occurrence: 0, start: "2024-03-21", due: "2024-03-28"),
    BoundaryCase(ruleID: "old.fc-first-visit", occurrence: 1, start: "2024-03-21", due: "2024-04-04"),
    BoundaryCase(ruleID: "old.ps-first-contact", occurrence: 0, start: "2024-03-21", due: "2024-03-28"),
    BoundaryCase(ruleID: "old.ps-first-contact", occurrence: 1, start: "2024-03-21", due: "2024-04-08"),
    BoundaryCase(ruleID: "old.eh-record", occurrence: 0, start: "2024-03-21", due: "2024-03-28"),
    BoundaryCase(ruleID: "old.cin-first-meeting", occurrence: 0, start: "2024-03-21", due: "2024-04-08"),
    BoundaryCase(ruleID: "old.cin-minutes", occurrence: 0, start: "2024-03-21", due: "2024-04-08"),
    BoundaryCase(ruleID: "old.strategy-minutes", occurrence: 0, start: "2024-03-21", due: "2024-03-28"),
    BoundaryCase(ruleID: "old.icpc-15", occurrence: 0, start: "2024-03-21", due: "2024-04-15"),
    BoundaryCase(ruleID: "old.icpc-decisions", occurrence: 0, start: "2024-03-21", due: "2024-03-22"),
    BoundaryCase(ruleID: "old.cg-minutes", occurrence: 0, start: "2024-03-21", due: "2024-03-28"),
    BoundaryCase(ruleID: "old.rcpc-first", occurrence: 0, start: "2024-03-21", due: "2024-06-21"),
    BoundaryCase(ruleID: "old.rcpc-first", occurrence: 1, start: "2024-06-21", due: "2024-12-21"),
    BoundaryCase(ruleID: "old.iha-request", occurrence: 0, start: "2024-03-21", due: "2024-03-28"),
    BoundaryCase(ruleID: "old.health-plan", occurrence: 0, start: "2024-03-21", due: "2024-03-28"),
    BoundaryCase(ruleID: "old.pep-initial", occurrence: 0, start: "2024-03-21", due: "2024-03-31"),
    BoundaryCase(ruleID: "old.lac-review-1", occurrence: 0, start: "2024-03-21", due: "2024-04-22"),
    BoundaryCase(ruleID: "old.lac-review-1", occurrence: 1, start: "2024-04-22", due: "2024-07-22"),
    BoundaryCase(ruleID: "old.lac-review-1", occurrence: 2, start: "2024-07-22", due: "2025-01-22"),
]

@Test(arguments: boundaryCases)
func shippedRuleFallsDueOnTheHandCountedDate(_ example: BoundaryCase) throws {
    let computed = try due(example.ruleID, from: example.start, occurrence: example.occurrence)
    #expect(computed == .date(day(example.due)))
}

@Test(arguments: boundaryCases)
func stopTheDayBeforeOrOnTheDueDateIsMetAndTheDayAfterIsBreached(_ example: BoundaryCase) throws {
    let rule = shippedRule(example.ruleID)
    let dueDate = day(example.due)
    func status(_ stop: CivilDate) throws -> ClockStatus {
        try rule.evaluate(
            start: .date(day(example.start)), stop: .date(stop), asOf: .date(stop), calendar: englandAndWales,
            occurrence: example.occurrence
        ).status
    }
    #expect(try status(dueDate.adding(days: -1)) == .met)
    #expect(try status(dueDate) == .met)
    guard case .breached(let overrun) = try status(dueDate.adding(days: 1)) else {
        Issue.record("the day after the due date must be a breach")
        return
    }
    #expect(overrun.amount == 1)
    #expect(overrun.unit == rule.resolvedLimitUnit(occurrence: example.occurrence))
}

@Test(arguments: boundaryCases)
func openClockIsInTimeOnTheDueDateAndOverdueTheDayAfter(_ example: BoundaryCase) throws {
    let rule = shippedRule(example.ruleID)
    let dueDate = day(example.due)
    func status(asOf: CivilDate) throws -> ClockStatus {
        try rule.evaluate(
            start: .date(day(example.start)), stop: nil, asOf: .date(asOf), calendar: englandAndWales,
            occurrence: example.occurrence
        ).status
    }
    #expect(try status(asOf: dueDate) == .openInTime)
    guard case .openOverdue = try status(asOf: dueDate.adding(days: 1)) else {
        Issue.record("an open clock the day after its due date must be overdue")
        return
    }
}

@Test func everyShippedClockHasABoundaryCase() {
    var expected: Set<String> = []
    for book in RulebookSet.shipped.books {
        for rule in book.rules {
            expected.insert(rule.id)
            if rule.recurrence != nil { expected.insert(rule.id + "#next") }
        }
    }
    expected.remove("nat.police-protection")  // hours: covered by HourRuleTests
    let covered = Set(boundaryCases.map { $0.occurrence == 0 ? $0.ruleID : $0.ruleID + "#next" })
    #expect(covered == expected)
}

extension TimescaleRule {
    /// The unit an overrun is reported in under default settings: calendar days for month limits.
    func resolvedLimitUnit(occurrence: Int) -> LimitUnit? {
        let unit = (try? resolved(settings: RuleSettings(), occurrence: occurrence))?.limit.unit
        return unit == .months ? .calendarDays : unit
    }
}
