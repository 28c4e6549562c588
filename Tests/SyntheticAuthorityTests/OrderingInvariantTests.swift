import CaseModel
import LedgerCalendar
import Testing

/// DOMAIN.md §3.16 ordering invariants hold for every generated child (the generator adds no deliberate
/// data-quality cases). Checked on each child's events in valid-time order, corrections not applied
/// (the corrections only move a visit by up to three days, inside its plan).
@Suite struct OrderingInvariantTests {
    let children = Fixture.sample.eventsByChild

    @Test func episodeStartsAreNotBeforeTheirReferralAndNothingFollowsClosure() {
        for (child, events) in children {
            var referralDates: [String: CivilDate] = [:]
            var closed: Set<String> = []
            for event in events {
                guard let caseID = event.envelope.caseId,
                    !(event.data is EventCorrected || event.data is EventRetracted)
                else { continue }
                #expect(!closed.contains(caseID), "child \(child): \(event.typeName) after closure of \(caseID)")
                if event.data is ReferralReceived { referralDates[caseID] = event.envelope.occurredOn }
                if type(of: event.data).episodeBoundary?.edge == .start, let referral = referralDates[caseID] {
                    #expect(event.envelope.occurredOn >= referral, "child \(child): \(event.typeName) before referral")
                }
                if event.data is CaseClosed { closed.insert(caseID) }
            }
        }
    }

    @Test func episodesEndAfterTheyStartAndNeverOverlapThemselves() {
        for (child, events) in children {
            var open: [EpisodeKind: CivilDate] = [:]
            for event in events {
                guard let boundary = type(of: event.data).episodeBoundary, boundary.kind != .referral else { continue }
                switch boundary.edge {
                case .start:
                    #expect(open[boundary.kind] == nil, "child \(child): \(event.typeName) while one is open")
                    open[boundary.kind] = event.envelope.occurredOn
                case .end:
                    let start = open.removeValue(forKey: boundary.kind)
                    #expect(start != nil, "child \(child): \(event.typeName) without a start")
                    if let start { #expect(event.envelope.occurredOn >= start, "child \(child): \(event.typeName)") }
                }
            }
        }
    }

    @Test func protectionAndChildInNeedPlansNeverOverlap() {
        for (child, events) in children {
            var cinOpen = false
            var cpOpen = false
            for event in events {
                switch event.data {
                case is CinPlanStarted: cinOpen = true
                case is CinPlanEnded: cinOpen = false
                case is CpPlanStarted: cpOpen = true
                case is CpPlanEnded: cpOpen = false
                default: continue
                }
                #expect(!(cinOpen && cpOpen), "child \(child): CIN and CP plans overlap")
            }
        }
    }

    @Test func planStartsOnItsConferenceAndCoreGroupsAndReviewsNeedAnOpenPlan() {
        for (child, events) in children {
            var conferenceWithPlan: CivilDate?
            var planOpen = false
            for event in events {
                let date = event.envelope.occurredOn
                switch event.data {
                case let conference as IcpcHeld where conference.planRequired: conferenceWithPlan = date
                case is CpPlanStarted:
                    #expect(conferenceWithPlan == date, "child \(child): plan start is not its ICPC date")
                    planOpen = true
                case is CpPlanEnded: planOpen = false
                case is CoreGroupMeetingHeld, is RcpcHeld, is CpCategoryChanged:
                    #expect(planOpen, "child \(child): \(event.typeName) without an open plan")
                default: continue
                }
            }
        }
    }

    @Test func policeProtectionNeverExceedsSeventyTwoHours() {
        for (child, events) in children {
            let starts = events.filter { $0.data is PoliceProtectionStarted }.compactMap(\.envelope.occurredAt)
            let ends = events.filter { $0.data is PoliceProtectionEnded }.compactMap(\.envelope.occurredAt)
            for (start, end) in zip(starts, ends) {
                #expect(end > start && end.secondsSinceEpoch - start.secondsSinceEpoch <= 72 * 3_600, "child \(child)")
            }
        }
    }
}
