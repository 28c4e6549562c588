import CaseModel
import LedgerCalendar

// Strategy discussion, s47 enquiry and the initial child protection conference (DOMAIN.md §3.7, §3.8).

extension ChildJourney {
    /// How an enquiry ended.
    enum EnquiryOutcome {
        /// The ICPC decided a CP plan (which starts on the conference date).
        case plan(conference: CivilDate, category: CategoryOfAbuse)
        /// No plan: the enquiry or conference concluded on `on`; `followOnPlan` says whether a CIN plan follows.
        case noPlan(on: CivilDate, followOnPlan: Bool)
        /// The end date passed during the enquiry.
        case open
    }

    /// Share of enquiries without a plan followed by a CIN plan **(gk)**.
    static let followOnPlanShare = 0.4

    /// An enquiry as an episode step.
    mutating func enquiryStep(from date: CivilDate) -> EpisodeStep {
        switch enquire(from: date) {
        case .plan(let conference, let category): .protect(conference: conference, category: category)
        case .noPlan(let date, true): .childInNeedPlan(from: date)
        case .noPlan(let date, false): .close(on: date, reason: .servicesCeased)
        case .open: .open
        }
    }

    /// Strategy discussion (sometimes after an earlier one that did not initiate s47), s47 enquiry,
    /// and for some an ICPC. The ICPC clock runs from the initiating discussion (R2, R3).
    mutating func enquire(from date: CivilDate) -> EnquiryOutcome {
        let alongside = assessmentAlongsideEnquiry
        assessmentAlongsideEnquiry = false
        var discussion = nextWorkingDay(onOrAfter: addingWorkingDays(integer(in: 0...2), to: date))
        if chance(Calibration.repeatStrategyDiscussionShare) {
            recordStrategyDiscussion(on: discussion, initiates: false)
            discussion = addingWorkingDays(integer(in: 2...5), to: discussion)
        }
        guard let discussionID = recordStrategyDiscussion(on: discussion, initiates: true) else { return .open }
        // R3: the enquiry normally starts at the discussion that initiates it; a few start a day or two later.
        let sameDay = chance(Calibration.section47SameDayShare)
        let start = sameDay ? discussion : addingWorkingDays(integer(in: 1...2), to: discussion)
        record(
            Section47Started(strategyDiscussionEventId: discussionID, jointWithPolice: chance(0.4)), on: start,
            recordedNoEarlierThan: recorder.recordedAt(of: discussionID))
        let conference = chance(Calibration.section47ConferenceShare)
        let followOnPlan = chance(Self.followOnPlanShare)
        if alongside, start >= Self.singleAssessmentFrom {
            let nextStep: AssessmentNextStep =
                conference ? .childProtection : followOnPlan ? .cinPlan : .noFurtherAction
            let authorised = singleAssessment(start: start, basis: .section47, childInNeed: true, nextStep: nextStep)
            keepOpen(until: authorised ?? recorder.endDate.adding(days: 1))
        }
        guard conference else {
            // Deciding that no conference is needed falls inside the 15 WD conference window.
            let concludedAfter = integer(in: Calibration.section47NoConferenceWorkingDays)
            let concluded = max(start, addingWorkingDays(concludedAfter, to: discussion))
            let outcome = Section47Concluded(concernsSubstantiated: chance(0.3), icpcRequired: false)
            guard record(outcome, on: concluded, decidedBy: manager) != nil else { return .open }
            return .noPlan(on: concluded, followOnPlan: followOnPlan)
        }
        return holdConference(discussion: discussion, enquiryStart: start, followOnPlan: followOnPlan)
    }

    /// Concludes the enquiry and holds the ICPC a calibrated number of working days after the discussion.
    private mutating func holdConference(
        discussion: CivilDate, enquiryStart: CivilDate, followOnPlan: Bool
    ) -> EnquiryOutcome {
        let workingDays = drawWhole(Calibration.conferenceWorkingDays)
        let conference = addingWorkingDays(workingDays, to: discussion)
        let concludedAfter = addingWorkingDays(integer(in: 1...max(1, workingDays - 1)), to: discussion)
        let concluded = max(enquiryStart, min(conference, concludedAfter))
        record(Section47Concluded(concernsSubstantiated: true, icpcRequired: true), on: concluded, decidedBy: manager)
        let planRequired = chance(Calibration.conferencePlanShare)
        let category = planRequired ? draw(Calibration.categories) : nil
        let decisions = minutesDate(after: conference, limitWorkingDays: 1)
        let held = IcpcHeld(
            preBirth: false, planRequired: planRequired, category: category, parentalFactors: drawParentalFactors(),
            decisionsCirculatedOn: decisions)
        let recorded = record(
            held, on: conference, decidedBy: manager, recordedNoEarlierThan: Self.recordedWithMinutes(decisions))
        guard recorded != nil else { return .open }
        guard let category else { return .noPlan(on: conference, followOnPlan: followOnPlan) }
        return .plan(conference: conference, category: category)
    }

    @discardableResult
    private mutating func recordStrategyDiscussion(on date: CivilDate, initiates: Bool) -> String? {
        var agencies = ["csc", "police", "health"]
        if chance(0.5) { agencies.append("education") }
        let minutes = minutesDate(after: date, limitWorkingDays: 5)
        let discussion = StrategyDiscussionHeld(
            form: chance(0.6) ? .meeting : .calls, initiatesSection47: initiates, attendingAgencies: agencies,
            minutesSharedOn: minutes)
        return record(
            discussion, on: date, at: officeInstant(on: date), decidedBy: manager,
            recordedNoEarlierThan: Self.recordedWithMinutes(minutes))
    }

    /// Parental factors present at a conference.
    mutating func drawParentalFactors() -> ParentalFactors {
        let chances = Calibration.parentalFactorChances
        return ParentalFactors(
            domesticAbuse: chance(chances.domesticAbuse), mentalIllHealth: chance(chances.mentalIllHealth),
            drugMisuse: chance(chances.drugs), alcoholMisuse: chance(chances.alcohol))
    }
}
