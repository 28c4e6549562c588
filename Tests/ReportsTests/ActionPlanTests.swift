import CaseModel
import LedgerCalendar
import Projections
import Testing

@testable import Reports

private func date(_ text: String) -> CivilDate { CivilDate(iso8601: text)! }

@Test func ragOfAnOpenActionDueTodayIsAmberAndDueYesterdayIsRed() {
    let due = date("2017-06-30")
    #expect(ActionRAG.status(due: due, closedOn: nil, ongoing: false, on: date("2017-06-30")) == .amber)
    #expect(ActionRAG.status(due: due, closedOn: nil, ongoing: false, on: date("2017-07-01")) == .red)
}

@Test func ragIsGreenUntilThirtyDaysBeforeTheDueDate() {
    let due = date("2017-06-30")
    #expect(ActionRAG.status(due: due, closedOn: nil, ongoing: false, on: date("2017-05-31")) == .amber)
    #expect(ActionRAG.status(due: due, closedOn: nil, ongoing: false, on: date("2017-05-30")) == .green)
}

@Test func ragOfAClosedActionSaysWhetherItClosedInTime() {
    let due = date("2017-03-31")
    #expect(
        ActionRAG.status(due: due, closedOn: date("2017-03-31"), ongoing: false, on: date("2017-09-01")) == .complete)
    #expect(
        ActionRAG.status(due: due, closedOn: date("2017-04-01"), ongoing: false, on: date("2017-09-01"))
            == .completeLate)
    // Closed after the judgement date: still open then.
    #expect(ActionRAG.status(due: due, closedOn: date("2017-04-01"), ongoing: false, on: date("2017-03-15")) == .amber)
}

@Test func ragWithoutATargetIsOngoingOrFlagged() {
    #expect(ActionRAG.status(due: nil, closedOn: nil, ongoing: true, on: date("2017-01-01")) == .ongoing)
    #expect(ActionRAG.status(due: nil, closedOn: nil, ongoing: false, on: date("2017-01-01")) == .noTarget)
}

@Test func monthTargetFallsDueOnTheLastDayOfTheMonth() {
    #expect(ActionRAG.dueDate(of: YearMonth(year: 2016, month: 2)!) == date("2016-02-29"))
    #expect(ActionRAG.dueDate(of: YearMonth(year: 2017, month: 12)!) == date("2017-12-31"))
}

/// Review R1: action A due March, revised to August in May; action B due June, closed on 5 July.
private func reviewEvents() -> [LedgerEvent] {
    var events: [LedgerEvent] = []
    func add(_ on: String, recorded: String, _ data: any EventData) {
        let recordedAt = Instant(utcDate: date(recorded), hour: 12)
        let envelope = EventEnvelope(
            eventId: "E\(events.count)", reviewId: "R1", occurredOn: date(on), recordedAt: recordedAt,
            actor: Actor(recordedBy: "bm-1"))
        events.append(
            LedgerEvent(
                position: UInt64(events.count), chainHash: [],
                ledgerTimestampNanoseconds: recordedAt.secondsSinceEpoch * 1_000_000_000,
                event: try! CaseEvent(envelope: envelope, data: data)))
    }
    add(
        "2017-01-16", recorded: "2017-01-16",
        ActionDefined(
            actionId: "A", recommendationNumber: 1, leadRole: "chair", targetMonth: YearMonth(year: 2017, month: 3)!))
    add(
        "2017-01-16", recorded: "2017-01-16",
        ActionDefined(
            actionId: "B", recommendationNumber: 2, leadRole: "nurse", targetMonth: YearMonth(year: 2017, month: 6)!))
    add(
        "2017-05-20", recorded: "2017-05-22",
        ActionTargetRevised(actionId: "A", targetMonth: YearMonth(year: 2017, month: 8)!))
    add("2017-07-05", recorded: "2017-07-05", ActionClosed(actionId: "B", acceptedBy: "chair-1"))
    return events
}

@Test func actionPlanUsesTheLatestTargetAndTheClosure() throws {
    let plan = try ActionPlan.build(
        stream: "scr-R1", events: reviewEvents(), times: ReplayTimes(asOf: date("2017-07-10")),
        fallbackJudgementDate: date("2017-12-31"))
    #expect(plan.actions.map(\.status) == [.green, .completeLate])
    #expect(plan.actions[0].due == date("2017-08-31"))
    #expect(plan.rows(.overdue).isEmpty)
}

@Test func actionPlanKnownBeforeTheRevisionShowsTheOldTargetOverdue() throws {
    // Known on 21 May (the revision was recorded on the 22nd), as of 21 May: A was due 31 March.
    let plan = try ActionPlan.build(
        stream: "scr-R1", events: reviewEvents(),
        times: ReplayTimes(knownAt: Instant(iso8601: "2017-05-21T23:00:00Z")!, asOf: date("2017-05-21")),
        fallbackJudgementDate: date("2017-12-31"))
    #expect(plan.actions.map(\.status) == [.red, .green])  // B is due 40 days later
    #expect(plan.rows(.overdue).map { $0[0] } == ["A"])
}

/// Replay folds review and household streams with the projections' mechanism (`ChildHistory.folding`):
/// a correction stored before the event it corrects still applies, whatever the ledger order.
@Test func aCorrectionStoredBeforeItsTargetStillAppliesToThePlan() throws {
    var events = reviewEvents()
    let target = events[0]
    let corrected = ActionDefined(
        actionId: "A", recommendationNumber: 1, leadRole: "chair", targetMonth: YearMonth(year: 2017, month: 9)!)
    var envelope = target.event.envelope
    envelope.eventId = "C0"
    let correction = try CaseEvent(
        envelope: envelope,
        data: EventCorrected(
            correctedEventId: target.event.envelope.eventId, reason: "typo",
            replacement: EventReplacement(occurredOn: envelope.occurredOn, occurredAt: nil, data: corrected)))
    // The correction takes position 0 and every other event moves one place later.
    let first = LedgerEvent(
        position: 0, chainHash: [], ledgerTimestampNanoseconds: target.ledgerTimestampNanoseconds, event: correction)
    events =
        [first]
        + events.map {
            LedgerEvent(
                position: $0.position + 1, chainHash: [], ledgerTimestampNanoseconds: $0.ledgerTimestampNanoseconds,
                event: $0.event)
        }
    let plan = try ActionPlan.build(
        stream: "scr-R1", events: events, times: ReplayTimes(asOf: date("2017-04-10")),
        fallbackJudgementDate: date("2017-12-31"))
    #expect(plan.actions[0].due == date("2017-09-30"))
}

/// An ongoing business-plan action whose one milestone was met was `red` from then on (its due date fell back
/// to the met milestone and an ongoing action never closes); it is `ongoing`.
@Test func anOngoingPlanActionWithEveryMilestoneMetIsOngoingNotOverdue() throws {
    let november = YearMonth(year: 2015, month: 11)!
    let payloads: [(String, any EventData)] = [
        ("2015-04-14", PlanActionDefined(reference: "3.1.1", leadRole: "nurse", milestones: [november], ongoing: true)),
        ("2015-04-14", PlanActionDefined(reference: "3.1.2", leadRole: "nurse", milestones: [november])),
        ("2015-11-20", MilestoneMet(reference: "3.1.1", milestone: november)),
        ("2015-11-20", MilestoneMet(reference: "3.1.2", milestone: november)),
    ]
    let events = payloads.enumerated().map { index, entry in
        let recordedAt = Instant(utcDate: date(entry.0), hour: 12)
        let envelope = EventEnvelope(
            eventId: "E\(index)", boardId: "B1", occurredOn: date(entry.0), recordedAt: recordedAt,
            actor: Actor(recordedBy: "bm-1"))
        return LedgerEvent(
            position: UInt64(index), chainHash: [],
            ledgerTimestampNanoseconds: recordedAt.secondsSinceEpoch * 1_000_000_000,
            event: try! CaseEvent(envelope: envelope, data: entry.1))
    }
    let plan = try ActionPlan.build(
        stream: "board-B1", events: events, times: ReplayTimes(asOf: date("2016-03-31")),
        fallbackJudgementDate: date("2016-03-31"))
    #expect(plan.actions.map(\.status) == [.ongoing, .complete])
    #expect(plan.rows(.overdue).isEmpty)
}
