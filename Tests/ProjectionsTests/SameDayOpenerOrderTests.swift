import CaseModel
import Projections
import Testing

/// The events that open an episode without being its edge keep their place before the start they cause
/// (`ValidTimeOrder.episodeOpeners`), whatever order a case system recorded them in.
@Suite struct SameDayOpenerOrderTests {
    private func rank(_ typeName: String) -> Int { ValidTimeOrder.sameDayRank(typeName: typeName) }

    @Test func aContactAndItsOutcomePrecedeTheSameDayReferralTheyBecome() {
        #expect(rank(ContactReceived.typeName) < rank(ContactOutcome.typeName))
        #expect(rank(ContactOutcome.typeName) < rank(ReferralReceived.typeName))
    }

    @Test func aStrategyDiscussionPrecedesTheSameDaySection47ItInitiates() {
        #expect(rank(ReferralReceived.typeName) < rank(StrategyDiscussionHeld.typeName))
        #expect(rank(StrategyDiscussionHeld.typeName) < rank(Section47Started.typeName))
    }

    @Test func anIcpcPrecedesTheSameDayPlanItStartsAndTheCoreGroupAfterIt() {
        #expect(rank(IcpcHeld.typeName) < rank(CpPlanStarted.typeName))
        #expect(rank(CpPlanStarted.typeName) < rank(CoreGroupMeetingHeld.typeName))
    }

    @Test func episodeEndsStayLast() {
        #expect(rank(StrategyDiscussionHeld.typeName) < rank(Section47Concluded.typeName))
        #expect(rank(RcpcHeld.typeName) < rank(CpPlanEnded.typeName))
    }
}
