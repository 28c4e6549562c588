import CaseModel
import Testing

struct StreamTests {
    @Test func childEventsGoToTheChildStream() {
        #expect(SampleEvents.event(ReferralReceived(source: .police)).streamID == "child-C-0001")
    }

    @Test func householdMembershipGoesToTheHouseholdStream() {
        let event = SampleEvents.event(HouseholdMembershipChanged(personId: "P-1", role: .parent, change: .left))
        #expect(event.streamID == "household-H-0001")
    }

    @Test func reviewEventsGoToTheScrStream() {
        #expect(SampleEvents.event(ScrPublished()).streamID == "scr-SCR-2017-R")
    }

    @Test func businessPlanEventsGoToTheBoardStream() {
        #expect(
            SampleEvents.event(MilestoneMet(reference: "1.1", milestone: SampleEvents.month("2013-10"))).streamID
                == "board-lscb-redbridge")
    }

    @Test func aCorrectionGoesToTheStreamOfItsReplacementType() {
        let correction = EventCorrected(
            correctedEventId: "E-9", reason: "typo",
            replacement: EventReplacement(occurredOn: SampleEvents.date("2013-05-13"), data: ScrPublished()))
        #expect(correction.targetStreamKind == .review)
        #expect(SampleEvents.event(correction).streamID == "scr-SCR-2017-R")
    }

    @Test func aRetractionGoesToTheStreamOfTheRetractedType() {
        let retraction = EventRetracted(retractedEventId: "E-9", retractedType: "MilestoneMet", reason: "duplicate")
        #expect(retraction.targetStreamKind == .board)
    }

    @Test func aReviewEventWithOnlyAChildIdIsRefused() {
        let envelope = SampleEvents.envelope(for: ReferralReceived(source: .police))
        #expect(throws: CaseEventError(kind: .missingStreamSubject, path: "reviewId", typeName: "ScrPublished")) {
            try CaseEvent(envelope: envelope, data: ScrPublished())
        }
    }

    @Test func everyTypeHasAStreamKindAndDistinctName() {
        #expect(Set(EventCatalogue.types.map { $0.typeName }).count == EventCatalogue.types.count)
        #expect(
            EventCatalogue.types.filter { $0.streamKind == .household }.map { $0.typeName } == [
                "HouseholdMembershipChanged"
            ])
    }

    @Test(arguments: EpisodeKind.allCases)
    func everyEpisodeKindHasAStartAndAnEnd(kind: EpisodeKind) {
        let (starts, ends) = EventCatalogue.boundaries(of: kind)
        #expect(starts.count == 1)
        #expect(ends.count == 1)
    }

    @Test func cpPlanEpisodeIsBoundedByStartedAndEnded() {
        let (starts, ends) = EventCatalogue.boundaries(of: .childProtectionPlan)
        #expect(starts.map { $0.typeName } == ["CpPlanStarted"])
        #expect(ends.map { $0.typeName } == ["CpPlanEnded"])
    }
}
