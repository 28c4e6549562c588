import CaseModel
import LedgerCalendar
import Projections
import Rulebooks
import TestSupport
import Testing

/// A strategy discussion recorded with a date only (legacy extracts): day rules run from its date, an hour
/// rule on it is indeterminate (C9).
@Suite struct DateOnlyStrategyDiscussionTests {
    /// A local book with one hour rule stopped by a strategy discussion (as Oldham's "arranged within 1 h").
    static let hourBook = """
        {"format": "caseledger.rulebook/1", "name": "test-hours", "title": "Test", "kind": "local",
         "authority": "test", "edition": "T", "version": "1", "inForce": {"from": "2013-01-01", "to": null},
         "settings": [],
         "rules": [{"id": "t.strategy-1h", "family": "strategy-1h", "title": "Discussion within 1 hour",
           "scope": "child", "start": {"events": [{"type": "ReferralReceived"}]},
           "stop": {"events": [{"type": "StrategyDiscussionHeld"}], "match": {"kind": "firstAfterStart"}},
           "limit": {"amount": 1, "unit": "hours"}, "source": "test"}]}
        """

    private func ledger() -> TestLedger {
        var ledger = TestLedger()
        ledger.append(ReferralReceived(source: .police), on: "2013-05-13", at: "09:00:00")
        ledger.append(StrategyDiscussionHeld(form: .calls, initiatesSection47: true), on: "2013-05-13")
        ledger.append(
            IcpcHeld(preBirth: false, planRequired: false, category: nil, parentalFactors: ParentalFactors()),
            on: "2013-06-03")
        return ledger
    }

    @Test func anHourRuleOnADateOnlyDiscussionIsIndeterminate() throws {
        let book = try Rulebook.parse(text: Self.hourBook)
        let engine = ClockEngine(rulebooks: try RulebookSet([book]), authority: "test")
        let history = try #require(try ledger().state().children["C1"])
        let clock = try #require(try engine.clocks(for: history, asOf: day("2013-12-31")).first)
        #expect(clock.status == .indeterminate)
    }

    @Test func theIcpcClockRunsFromTheDiscussionsDate() throws {
        let history = try #require(try ledger().state().children["C1"])
        let clocks = try ClockEngine(rulebooks: .shipped).clocks(for: history, asOf: day("2013-12-31"))
        let icpc = try #require(clocks.first { $0.family == "icpc" })
        #expect(icpc.start == .date(day("2013-05-13")) && icpc.status == .met && icpc.duration == 14)
    }
}
