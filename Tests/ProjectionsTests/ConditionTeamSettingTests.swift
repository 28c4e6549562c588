import CaseModel
import LedgerCalendar
import Projections
import Rulebooks
import TestSupport
import Testing

/// Oldham's Family Connect / Positive Steps rules compare the allocation's `teamId` with a setting
/// (`oldham.familyConnectTeam`, `oldham.positiveStepsTeam`), not with hard-coded ids.
@Suite struct ConditionTeamSettingTests {
    static func firstVisitClock(team: String, settings: [String]) throws -> Clock? {
        var ledger = TestLedger()
        ledger.append(TargetedEarlyHelpReferralAllocated(teamId: team), on: "2024-03-04")
        let history = try #require(try ledger.state().children["C1"])
        let engine = ClockEngine(
            rulebooks: .shipped, authority: "Oldham", settings: try RulebookSet.shipped.settings(parsing: settings))
        return try engine.clocks(for: history, asOf: day("2024-12-31")).first { $0.ruleID == "old.fc-first-visit" }
    }

    @Test func theFamilyConnectClockStartsOnTheConfiguredTeamIdOnly() throws {
        #expect(try Self.firstVisitClock(team: "familyConnect", settings: []) != nil)  // the default
        #expect(try Self.firstVisitClock(team: "FC-01", settings: []) == nil)
        let configured = try #require(
            try Self.firstVisitClock(team: "FC-01", settings: ["oldham.familyConnectTeam=FC-01"]))
        #expect(try Self.firstVisitClock(team: "familyConnect", settings: ["oldham.familyConnectTeam=FC-01"]) == nil)
        let applied = try #require(configured.appliedSettings.first { $0.id == "oldham.familyConnectTeam" })
        #expect(applied.value == .teamId("FC-01") && !applied.isDefault)
    }

    @Test func aTeamIdSettingRefusesAValueThatIsNotAnId() {
        let error = #expect(throws: RulebookError.self) {
            _ = try RulebookSet.shipped.settings(parsing: ["oldham.positiveStepsTeam=Positive Steps"])
        }
        #expect(error?.code == .invalidValue)
        #expect(error?.path == "oldham.positiveStepsTeam=Positive Steps")
    }
}
