import CaseModel
import LedgerCalendar
import Projections
import Reports
import Testing

/// Folds `(child, date, data)` triples, in order, into a projection state.
private func state(_ entries: [(String, String, any EventData)]) throws -> ProjectionState {
    let events = entries.enumerated().map { index, entry in
        let envelope = EventEnvelope(
            eventId: "E\(index)", childId: entry.0, occurredOn: CivilDate(iso8601: entry.1)!,
            recordedAt: Instant(iso8601: "\(entry.1)T12:00:00Z")!, actor: Actor(recordedBy: "sw-1"))
        return LedgerEvent(
            position: UInt64(index), chainHash: [UInt8](repeating: UInt8(index), count: 32),
            ledgerTimestampNanoseconds: Int64(index), event: try! CaseEvent(envelope: envelope, data: entry.2))
    }
    return try ProjectionState.rebuild(from: events)
}

private let years = [FinancialYear(startingIn: 2013), FinancialYear(startingIn: 2014)]
private let referral = ReferralReceived(source: .init(rawValue: "2A")!)

@Test func referralsCountInTheFinancialYearOfTheirDateBothEndsInclusive() throws {
    let rows = AnnualCounts.count(
        try state([
            ("C1", "2013-03-31", referral), ("C2", "2013-04-01", referral), ("C3", "2014-03-31", referral),
            ("C4", "2014-04-01", referral),
        ]), years: years)
    #expect(rows.map(\.referrals) == [2, 1])
}

@Test func reReferralIsWithinTwelveCalendarMonthsOfThePreviousReferralInclusive() throws {
    let rows = AnnualCounts.count(
        try state([
            ("C1", "2013-05-10", referral), ("C1", "2014-05-10", referral),  // exactly 12 months: re-referral
            ("C2", "2013-05-10", referral), ("C2", "2014-05-11", referral),  // a day later: not
        ]), years: years)
    #expect(rows[1].referrals == 2)
    #expect(rows[1].reReferrals == 1)
    #expect(rows[1].reReferralPercent == 50)
}

@Test func planEndingOn31MarchIsNotOpenAt31MarchButOneStartingThenIs() throws {
    let rows = AnnualCounts.count(
        try state([
            ("C1", "2013-06-03", CpPlanStarted(initialCategory: .neglect)),
            ("C1", "2014-03-31", CpPlanEnded(reason: .noLongerAtRisk)),
            ("C2", "2014-03-31", CpPlanStarted(initialCategory: .emotional)),
        ]), years: years)
    #expect(rows[0].protectionPlansStarted == 2)
    #expect(rows[0].protectionPlansAt31March == 1)
}
