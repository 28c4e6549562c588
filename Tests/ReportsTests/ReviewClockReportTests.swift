import CaseModel
import LedgerCalendar
import Projections
import Reports
import Rulebooks
import Testing

/// Review-scoped rules are scored on review streams: an SCR decision four months after the serious
/// incident notification is a breach of lscb.scr-decision (1 month), not "no clock".
@Suite struct ReviewClockReportTests {
    static let events: [LedgerEvent] = {
        let dated: [(any EventData, String)] = [
            (SeriousIncidentNotified(childDied: true, deathInCustody: false), "2014-01-06"),
            (ScrDecisionMade(decision: .seriousCaseReview), "2014-05-06"),
        ]
        return dated.enumerated().map { index, pair in
            let envelope = EventEnvelope(
                eventId: "R\(index)", reviewId: "SCR-1", occurredOn: CivilDate(iso8601: pair.1)!,
                recordedAt: Instant(iso8601: "\(pair.1)T12:00:00Z")!, actor: Actor(recordedBy: "lscb-1"))
            return LedgerEvent(
                position: UInt64(index), chainHash: [UInt8](repeating: UInt8(index), count: 32),
                ledgerTimestampNanoseconds: Int64(index), event: try! CaseEvent(envelope: envelope, data: pair.0))
        }
    }()

    static let parameters = ComplianceParameters(
        from: CivilDate(iso8601: "2014-01-01")!, to: CivilDate(iso8601: "2014-12-31")!,
        asOf: CivilDate(iso8601: "2014-12-31")!, generatedAt: "2014-12-31T18:00:00Z")

    @Test func lateScrDecisionIsABreachInTheComplianceReport() throws {
        let report = try ComplianceReport.build(events: Self.events, rulebooks: .shipped, parameters: Self.parameters)
        let decision = try #require(report.clocks.first { $0.clock.clockID == "lscb.scr-decision" })
        #expect(decision.clock.childId == "SCR-1")
        #expect(decision.clock.due == .date(CivilDate(iso8601: "2014-02-06")!))
        #expect(decision.clock.status == .breached(by: Overrun(amount: 89, unit: .calendarDays)))
        #expect(report.breaches.map(\.clock.clockID).contains("lscb.scr-decision"))
        let complete = try #require(report.clocks.first { $0.clock.clockID == "lscb.scr-complete" })
        #expect(complete.clock.status == .openOverdue(by: Overrun(amount: 55, unit: .calendarDays)))
    }

    @Test func reviewHistoriesSurviveACheckpointRoundTrip() throws {
        let state = try ProjectionState.rebuild(from: Self.events)
        #expect(state.reviews["SCR-1"]?.events.count == 2 && state.children.isEmpty)
        #expect(state.otherStreamEventCount == 0)
        let decoded = try ProjectionState.decode(checkpointBody: state.checkpointBody)
        #expect(decoded == state)
    }
}
