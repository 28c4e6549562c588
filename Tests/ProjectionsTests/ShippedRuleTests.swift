import CaseModel
import LedgerCalendar
import Projections
import Rulebooks
import TestSupport
import Testing

/// Every shipped clock, on hand-built events: it starts, it can be met on its due date, it is breached a
/// day (or an hour) later, and it is open overdue when it never stops. A rule that never starts, or is
/// always met (a field name the events do not carry), fails here.
@Suite struct ShippedRuleTests {
    @Test func everyShippedClockHasAScenario() {
        let clockIDs = RulebookSet.shipped.books.flatMap { book in
            book.rules.flatMap { [$0.id] + ($0.recurrence.map { [$0.id] } ?? []) }
        }
        #expect(Set(ShippedRuleScenarios.all.map(\.clockID)) == Set(clockIDs))
        #expect(ShippedRuleScenarios.all.count == clockIDs.count)
    }

    @Test(arguments: ShippedRuleScenarios.all)
    func clockStartsAndIsMetOnItsDueDate(_ scenario: ShippedRuleScenario) throws {
        let probe = try #require(try Self.clock(scenario, stop: Self.probeStop(scenario)), "never starts")
        #expect(probe.start.londonDate == scenario.start)
        let due = try #require(probe.due)
        let clock = try #require(try Self.clock(scenario, stop: Self.point(due)))
        #expect(clock.status == .met)
        #expect(clock.clockID == scenario.clockID)
    }

    @Test(arguments: ShippedRuleScenarios.all)
    func clockStoppedAfterItsDueDateIsBreached(_ scenario: ShippedRuleScenario) throws {
        let due = try #require(try Self.clock(scenario, stop: Self.probeStop(scenario))?.due)
        let late: ClockStart =
            switch due {
            case .date(let date): .date(date.adding(days: 1))
            case .instant(let instant): .instant(instant.adding(seconds: 3600))
            }
        let status = try #require(try Self.clock(scenario, stop: late)?.status)
        guard case .breached(let overrun) = status else {
            Issue.record("\(scenario.clockID) stopped late is \(status)")
            return
        }
        #expect(overrun.amount >= 1)
    }

    @Test(arguments: ShippedRuleScenarios.all.filter(\.openIsObservable))
    func clockNeverStoppedIsOpenOverdueAfterItsDueDate(_ scenario: ShippedRuleScenario) throws {
        let due = try #require(try Self.clock(scenario, stop: nil)?.due)
        let dueDate = Self.point(due).londonDate
        // As of a date means as of its end: an hour clock due during that day is already overdue then.
        let lastDayInTime = if case .instant = due { dueDate.adding(days: -1) } else { dueDate }
        let inTime = try #require(try Self.clock(scenario, stop: nil, asOf: lastDayInTime))
        #expect(inTime.status == .openInTime)
        let status = try #require(try Self.clock(scenario, stop: nil, asOf: dueDate.adding(days: 3))?.status)
        guard case .openOverdue = status else {
            Issue.record("\(scenario.clockID) never stopped is \(status)")
            return
        }
    }

    /// A start whose event lacks the rule's start `timeField` cannot be measured: indeterminate, not met.
    @Test func coronerNotificationWithoutTheDecisionDateIsIndeterminate() throws {
        var ledger = TestLedger()
        ledger.append(CoronerNotification(inquest: true, postMortem: false), on: "2014-03-10")
        let history = try #require(try ledger.state().children["C1"])
        let clock = try #require(
            try ClockEngine(rulebooks: .shipped).clocks(for: history, asOf: day("2014-12-31"))
                .first { $0.ruleID == "cdr.coroner" })
        #expect(clock.status == .indeterminate && clock.due == nil)
    }

    /// The stop of a meeting-minutes clock is the minutes date, not the meeting: minutes shared 8 weeks
    /// after the discussion are 33 WD late (Easter 2024 skipped), never "met, 0".
    @Test func strategyMinutesSharedEightWeeksLaterAreBreached() throws {
        var ledger = TestLedger()
        let discussion = StrategyDiscussionHeld(
            form: .meeting, initiatesSection47: false, minutesSharedOn: day("2024-04-29"))
        ledger.append(discussion, on: "2024-03-04", at: "10:00:00")
        let history = try #require(try ledger.state().children["C1"])
        let clock = try #require(
            try ClockEngine(rulebooks: .shipped, authority: "Oldham").clocks(for: history, asOf: day("2024-12-31"))
                .first { $0.ruleID == "old.strategy-minutes" })
        #expect(clock.due == .date(day("2024-03-11")))
        #expect(clock.status == .breached(by: Overrun(amount: 33, unit: .workingDays)))
    }

    static func clock(_ scenario: ShippedRuleScenario, stop: ClockStart?, asOf: CivilDate? = nil) throws -> Clock? {
        let state = try scenario.build(stop).state()
        let histories = scenario.scope == .review ? state.reviews : state.children
        let history = try #require(histories.values.first)
        let engine = ClockEngine(rulebooks: .shipped, authority: scenario.authority)
        let asOf = asOf ?? scenario.start.adding(days: 800)
        return try engine.clocks(for: history, scope: scenario.scope, asOf: asOf)
            .first { $0.clockID == scenario.clockID }
    }

    /// A stop that lets the clock be seen: none, or for a clock that cannot be open, one on its start day.
    static func probeStop(_ scenario: ShippedRuleScenario) -> ClockStart? {
        scenario.openIsObservable ? nil : .date(scenario.start)
    }

    static func point(_ due: DueTime) -> ClockStart {
        switch due {
        case .date(let date): .date(date)
        case .instant(let instant): .instant(instant)
        }
    }
}
