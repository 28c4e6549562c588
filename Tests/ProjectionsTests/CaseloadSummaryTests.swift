import CaseModel
import LedgerCalendar
import Projections
import TestSupport
import Testing
import TextFormats

@Suite struct CaseloadSummaryTests {
    /// C1: referral, CP plan (NEG → EMO); C2: referral then closed, looked after; C3: CIN plan, CP plan (PHY)
    /// starting after 2013-06-01.
    static let ledger: TestLedger = {
        var ledger = TestLedger()
        ledger.append(ReferralReceived(source: .police), on: "2013-05-01")
        ledger.append(CpPlanStarted(initialCategory: .neglect), on: "2013-05-20")
        ledger.append(CpCategoryChanged(latestCategory: .emotional), on: "2013-05-25")
        ledger.append(ReferralReceived(source: .schools), child: "C2", on: "2013-05-02")
        ledger.append(BecameLookedAfter(legalStatus: .section20), child: "C2", on: "2013-05-10")
        ledger.append(CaseClosed(reason: .adopted), child: "C2", on: "2013-05-30")
        ledger.append(CinPlanStarted(), child: "C3", on: "2013-05-03")
        ledger.append(CpPlanStarted(initialCategory: .physical), child: "C3", on: "2013-06-05")
        return ledger
    }()

    @Test func countsEveryChildsOpenEpisodesAndCpPlansByLatestCategory() throws {
        let summary = CaseloadSummary(state: try Self.ledger.state())
        #expect(summary.childCount == 3 && summary.openReferralCount == 1 && summary.cinPlanCount == 1)
        #expect(summary.cpPlanCount == 2 && summary.cpPlanCountByCategory == ["EMO": 1, "PHY": 1])
        #expect(summary.lookedAfterCount == 1)
    }

    @Test func asOfDateExcludesLaterEvents() throws {
        let summary = CaseloadSummary(state: try Self.ledger.state(), asOf: day("2013-05-21"))
        #expect(summary.openReferralCount == 2 && summary.cpPlanCountByCategory == ["NEG": 1])
        #expect(summary.cpPlanCount == 1 && summary.lookedAfterCount == 1)
    }

    @Test func emptyStateCountsNothing() {
        let summary = CaseloadSummary(state: ProjectionState())
        #expect(summary.childCount == 0 && summary.cpPlanCountByCategory.isEmpty)
        #expect(CanonicalJSON.encodeString(summary.jsonValue).contains("\"children\":0"))
    }
}
