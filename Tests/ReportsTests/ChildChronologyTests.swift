import CaseModel
import LedgerCalendar
import Projections
import Rulebooks
import Testing

@testable import Reports

/// C1: a strategy discussion recorded three working days late, an s47, and an ICPC whose date was
/// corrected; all events in ledger (recording) order, not valid-time order.
private func history() throws -> ChildHistory {
    var events: [LedgerEvent] = []
    func add(_ id: String, _ date: String, recorded: String, _ data: any EventData) {
        let envelope = EventEnvelope(
            eventId: id, childId: "C1", occurredOn: CivilDate(iso8601: date)!,
            recordedAt: Instant(iso8601: "\(recorded)T12:00:00Z")!, actor: Actor(recordedBy: "sw-1"))
        events.append(
            LedgerEvent(
                position: UInt64(events.count), chainHash: [UInt8](repeating: 7, count: 32),
                ledgerTimestampNanoseconds: Int64(events.count), event: try! CaseEvent(envelope: envelope, data: data)))
    }
    let icpc = IcpcHeld(preBirth: false, planRequired: false, category: nil, parentalFactors: ParentalFactors())
    add(
        "S47", "2013-05-13", recorded: "2013-05-13",
        Section47Started(strategyDiscussionEventId: "SD", jointWithPolice: true))
    add(
        "SD", "2013-05-13", recorded: "2013-05-16",
        StrategyDiscussionHeld(form: .meeting, initiatesSection47: true, attendingAgencies: []))
    add("IC", "2013-06-07", recorded: "2013-06-07", icpc)
    add(
        "FIX", "2013-06-10", recorded: "2013-06-10",
        EventCorrected(
            correctedEventId: "IC", reason: "wrong date",
            replacement: EventReplacement(occurredOn: CivilDate(iso8601: "2013-06-04")!, data: icpc)))
    return try #require(try ProjectionState.rebuild(from: events).children["C1"])
}

private func chronology() throws -> ChildChronology {
    let engine = ClockEngine(rulebooks: .shipped, authority: nil, settings: RuleSettings(), calendar: .englandAndWales)
    return try ChildChronology.build(
        try history(), engine: engine, asOf: CivilDate(iso8601: "2013-06-30")!, calendar: .englandAndWales)
}

@Test func chronologyIsInValidTimeOrderWithCorrectionsApplied() throws {
    let entries = try chronology().entries
    #expect(entries.map(\.typeName) == ["Section47Started", "StrategyDiscussionHeld", "IcpcHeld"])
    #expect(entries[2].occurredOn.description == "2013-06-04")
    #expect(entries.map(\.isCorrected) == [false, false, true])
}

@Test func chronologyShowsRecordingLagInWorkingDays() throws {
    // The corrected ICPC (Tue 4 Jun) was recorded Fri 7 Jun.
    #expect(try chronology().entries.map(\.recordingLagWorkingDays) == [0, 3, 3])
}

@Test func chronologyListsTheIcpcClockMetAfterTheCorrection() throws {
    let clock = try #require(try chronology().clocks.first { $0.ruleID == "nat.icpc-15" })
    #expect(clock.status == .met)
    #expect(try chronology().renderText().contains("nat.icpc-15"))
}

@Test func codedFieldsKeepCodesAndFlagsButNotNarrative() {
    let text = ChildChronology.codedFields([
        "category": .string("NEG"), "planRequired": .bool(true), "rationale": .string("a long free text note"),
        "factors": .array([.string("1B"), .string("3A")]),
    ])
    #expect(text == "category=NEG factors=1B;3A planRequired=true")
}
