import CaseModel
import LedgerCalendar
import Projections
import TestSupport
import Testing

@Suite struct CaseStateTests {
    private func sampleLedger() -> TestLedger {
        var ledger = TestLedger()
        ledger.append(ReferralReceived(source: .police), on: "2013-05-01")
        ledger.append(SocialWorkerAllocated(workerId: "sw-7", teamId: "north"), on: "2013-05-02")
        ledger.append(CpPlanStarted(initialCategory: .neglect), on: "2013-06-03")
        ledger.append(CpCategoryChanged(latestCategory: .emotional), on: "2013-09-02")
        ledger.append(
            StatutoryVisitMade(visitKind: .childProtection, childSeen: true, childSeenAlone: false), on: "2013-09-10")
        ledger.append(CpPlanEnded(reason: .noLongerAtRisk), on: "2014-01-15")
        return ledger
    }

    @Test func stateAsAtADateFoldsOnlyEventsDatedOnOrBeforeIt() throws {
        let history = try #require(try sampleLedger().state().children["C1"])
        let before = CaseState.project(history, asOf: day("2013-06-02"))
        #expect(before.isReferralOpen && !before.isOnCpPlan)
        #expect(before.allocatedWorkerId == "sw-7" && before.allocatedTeamId == "north")
        let during = CaseState.project(history, asOf: day("2013-09-10"))
        #expect(during.openCpPlanOn == day("2013-06-03"))
        #expect(during.initialCategory == .neglect && during.latestCategory == .emotional)
        #expect(during.lastVisit?.childSeen == true && during.lastVisit?.childSeenAlone == false)
        let after = CaseState.project(history, asOf: day("2014-01-15"))
        #expect(!after.isOnCpPlan && after.latestCategory == nil)
    }

    @Test func retractedAllocationIsForgotten() throws {
        var ledger = sampleLedger()
        ledger.retract("E2", typeName: SocialWorkerAllocated.typeName, on: "2013-05-03")
        let history = try #require(try ledger.state().children["C1"])
        #expect(CaseState.project(history).allocatedWorkerId == nil)
    }

    @Test func correctionOfAnUnknownEventIsReportedNotApplied() throws {
        var ledger = sampleLedger()
        ledger.correct("NOPE", to: CpPlanEnded(reason: .noLongerAtRisk), on: "2014-01-16")
        let history = try #require(try ledger.state().children["C1"])
        #expect(history.unresolvedSupersessionPositions == [6])
        #expect(history.events.count == 6)
    }
}
