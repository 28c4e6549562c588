import CaseModel
import LedgerCalendar

// Contact, police protection, referral and the referral decision (DOMAIN.md §3.3, §3.6).

extension ChildJourney {
    /// Working days from referral to the decision on the response (`nat.referral-decision`, 1 WD): about
    /// 88% within 1 WD **(gk)**.
    static let decisionWorkingDays = WeightedTable([(0, 0.55), (1, 0.33), (2, 0.07), (3, 0.03), (5, 0.02)])
    /// Working days from referral to its acknowledgement to the referrer (`nat.referral-ack`, 1 WD): about
    /// 92% of acknowledgements within 1 WD **(gk)**.
    static let acknowledgementWorkingDays = WeightedTable([(0, 0.72), (1, 0.2), (2, 0.05), (3, 0.02), (5, 0.01)])
    /// Share of referrals never acknowledged to the referrer **(gk)**.
    static let unacknowledgedShare = 0.02
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
        recordAcknowledgement(receivedAt: receivedAt, referral: date, source: source)
        return decide(referral: date, forceEnquiry: protectedByPolice)
    }

    /// The response to a referral: straight to s47 (always after police protection), NFA, or assessment.
    private mutating func drawOutcome(forceEnquiry: Bool) -> ReferralOutcome {
        let roll = recorder.random.unitInterval()
        if forceEnquiry || roll < Calibration.referralStraightToSection47Share { return .section47 }
        let noFurtherActionBelow =
            Calibration.referralStraightToSection47Share
            + Calibration.referralNoFurtherActionShare
        return roll < noFurtherActionBelow ? .noFurtherAction : .assessment
    }

    /// The acknowledgement to the referrer (an instant, `nat.referral-ack`): mostly the same day, some
    /// late, a few never. The episode stays open until it is sent.
    private mutating func recordAcknowledgement(receivedAt: Instant, referral: CivilDate, source: ReferralSource) {
        guard !chance(Self.unacknowledgedShare) else { return }
        let date = addingWorkingDays(draw(Self.acknowledgementWorkingDays), to: referral)
        keepOpen(until: date)
        let sameDay = receivedAt.adding(seconds: Int64(integer(in: 300...5_400)))
        let instant = date == referral && sameDay.londonDate == referral ? sameDay : officeInstant(on: date)
        record(ReferralAcknowledged(referrerAgency: Self.referrerAgency(of: source)), on: date, at: instant)
    }

    /// The referring agency's id for a source code (nil for individuals, anonymous and unknown).
    static func referrerAgency(of source: ReferralSource) -> String? {
        let code = source.rawValue
        switch code.first {
        case "2": return "education"
        case "3": return "health"
        case "6": return "police"
        case "7": return "probation"
        case "4", "5": return SyntheticIDs.authorityAgency
        default: return nil
        }
    }

    /// The referral decision: NFA, straight to a strategy discussion, or an assessment (with the primary need
    /// as judged at the decision); allocates the worker unless NFA.
    private mutating func decide(referral: CivilDate, forceEnquiry: Bool) -> EpisodeStep {
        let decision = addingWorkingDays(draw(Self.decisionWorkingDays), to: referral)
        let outcome = drawOutcome(forceEnquiry: forceEnquiry)
        // A decision to act records the need as judged then (census PrimaryNeedCode until an assessment's).
        let need = outcome == .noFurtherAction ? nil : draw(Calibration.primaryNeeds)
        record(ReferralDecisionMade(outcome: outcome, primaryNeed: need), on: decision, decidedBy: manager)
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
