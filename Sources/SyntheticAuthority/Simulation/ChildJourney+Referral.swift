import CaseModel
import LedgerCalendar

// Contact, police protection, referral and the referral decision (DOMAIN.md §3.3, §3.6).

extension ChildJourney {
    /// Working days from referral to the decision on the response (`nat.referral-decision`, 1 WD) **(gk)**.
    static let decisionWorkingDays = WeightedTable([(0, 0.62), (1, 0.33), (2, 0.03), (3, 0.02)])
    /// How contacts arrive **(gk)**.
    static let contactChannels = WeightedTable<ContactChannel>([
        (.phone, 0.45), (.secureEmail, 0.3), (.onlineForm, 0.15), (.inPerson, 0.05), (.other, 0.05),
    ])
    /// Outcomes of contacts that do not become referrals **(gk)**.
    static let contactOnlyOutcomes = WeightedTable<ContactOutcomeKind>([
        (.advice, 0.45), (.earlyHelp, 0.35), (.noFurtherAction, 0.2),
    ])

    /// Opens a referral episode on `date` and decides the response.
    mutating func receiveReferral(on date: CivilDate) -> EpisodeStep {
        referralCount += 1
        caseID = SyntheticIDs.referralEpisode(childID: child.id, number: referralCount)
        team = integer(in: 1...SyntheticIDs.teamCount)
        worker = SyntheticIDs.socialWorker(team: team, slot: integer(in: 0...(SyntheticIDs.workersPerTeam - 1)))
        recordEarlierContact(before: date)
        let protectedByPolice = chance(Calibration.policeProtectionShare)
        let contactTime = Instant(utcDate: date, hour: integer(in: 7...20), minute: integer(in: 0...59))
        if protectedByPolice { recordPoliceProtection(on: date) }
        let source = protectedByPolice ? .police : draw(Calibration.referralSources(on: date))
        record(
            ContactReceived(channel: draw(Self.contactChannels), source: source, rag: .red), on: date, at: contactTime)
        record(ContactOutcome(outcome: .referral), on: date, decidedBy: manager)
        let receivedAt = contactTime.adding(seconds: Int64(integer(in: 60...3_000)))
        record(ReferralReceived(source: source, householdMemberIds: child.siblingIDs), on: date, at: receivedAt)
        return decide(referral: date, forceEnquiry: protectedByPolice)
    }

    /// The referral decision: NFA, straight to a strategy discussion, or an assessment.
    private mutating func decide(referral: CivilDate, forceEnquiry: Bool) -> EpisodeStep {
        let workingDays = draw(Self.decisionWorkingDays)
        let decision = workingDays == 0 ? referral : addingWorkingDays(workingDays, to: referral)
        let roll = recorder.random.unitInterval()
        let outcome: ReferralOutcome
        if forceEnquiry || roll < Calibration.referralStraightToSection47Share {
            outcome = .section47
        } else if roll < Calibration.referralStraightToSection47Share + Calibration.referralNoFurtherActionShare {
            outcome = .noFurtherAction
        } else {
            outcome = .assessment
        }
        record(ReferralDecisionMade(outcome: outcome), on: decision, decidedBy: manager)
        if outcome == .noFurtherAction { return .close(on: decision, reason: .closedAfterAssessmentNoFurtherAction) }
        record(SocialWorkerAllocated(workerId: worker, teamId: SyntheticIDs.team(number: team)), on: decision)
        if outcome == .section47 {
            assessmentAlongsideEnquiry = true
            return .enquire(from: decision)
        }
        return .assess(referral: referral, decision: decision)
    }

    /// Sometimes an earlier contact about the child ended without a referral.
    private mutating func recordEarlierContact(before referral: CivilDate) {
        guard chance(Calibration.contactWithoutReferralChance) else { return }
        let date = referral.adding(days: -integer(in: 14...150))
        guard date >= recorder.startDate, date >= child.birthDate else { return }
        let source = draw(Calibration.referralSources(on: date))
        let rag: RagRating = chance(0.7) ? .green : .amber
        record(
            ContactReceived(channel: draw(Self.contactChannels), source: source, rag: rag), on: date,
            at: Instant(utcDate: date, hour: integer(in: 7...20), minute: integer(in: 0...59)), inEpisode: false)
        record(ContactOutcome(outcome: draw(Self.contactOnlyOutcomes)), on: date, decidedBy: manager, inEpisode: false)
    }

    /// Police protection (s46) in the early hours before the contact (which comes from 07:00 UTC); always
    /// released within 72 h.
    private mutating func recordPoliceProtection(on date: CivilDate) {
        let started = Instant(utcDate: date, hour: integer(in: 0...6), minute: integer(in: 0...59))
        record(PoliceProtectionStarted(), on: date, at: started)
        let ended = started.adding(seconds: Int64(integer(in: 2...71)) * 3_600)
        record(PoliceProtectionEnded(), on: ended.londonDate, at: ended)
    }
}
