import CaseModel
import LedgerCalendar

// The child in need plan (DOMAIN.md §3.5), with escalation to s47 while it runs.

extension ChildJourney {
    /// Share of CIN plans ending in a step-down to early help rather than plain closure **(gk)**.
    static let cinStepDownShare = 0.3

    /// Runs a CIN plan from `date`: meetings, visits, perhaps an enquiry, then its end.
    mutating func childInNeedPlan(from date: CivilDate) -> EpisodeStep {
        let start = nextWorkingDay(onOrAfter: date.adding(days: integer(in: 0...7)))
        guard record(CinPlanStarted(leadProfessionalId: worker), on: start) != nil else { return .open }
        var end = min(start.adding(days: drawWhole(Calibration.cinPlanDays)), max(start, child.adulthood))
        var next: EpisodeStep?
        let length = start.days(until: end)
        if length > 60, chance(Calibration.cinEscalationChance) {
            switch enquire(from: start.adding(days: integer(in: 30...(length - 1)))) {
            case .plan(let conference, let category):
                end = conference.adding(days: -1)
                next = .protect(conference: conference, category: category)
            case .noPlan(let concluded, _):
                end = max(end, concluded.adding(days: 14))
            case .open:
                next = .open
            }
        }
        recordCinMeetings(from: start, before: end)
        recordVisits(.childInNeed, from: start, before: end, intervalDays: Calibration.cinVisitIntervalDays)
        if case .open = next { return .open }
        let stepDown = next == nil && chance(Self.cinStepDownShare)
        let reason: CinPlanEndReason = next != nil ? .stepUpToChildProtection : stepDown ? .stepDown : .closure
        guard record(CinPlanEnded(reason: reason), on: end, decidedBy: manager) != nil else { return .open }
        if let next { return next }
        let earlyHelpCode = stepDown && end >= Calibration.earlyHelpCodesFrom
        return .close(on: end, reason: earlyHelpCode ? .closedAfterAssessmentReferredToEarlyHelp : .servicesCeased)
    }

    /// The first planning meeting within 10 WD, then reviews about every three months.
    private mutating func recordCinMeetings(from start: CivilDate, before end: CivilDate) {
        var meeting = addingWorkingDays(integer(in: 0...10), to: start)
        var kind = CinMeetingKind.firstPlanning
        while meeting < end, !isPastHorizon(meeting) {
            let minutes = minutesDate(after: meeting, limitWorkingDays: 10)
            record(
                CinMeetingHeld(meetingKind: kind, minutesSharedOn: minutes), on: meeting,
                recordedNoEarlierThan: Self.recordedWithMinutes(minutes))
            kind = .review
            meeting = nextWorkingDay(onOrAfter: meeting.adding(days: integer(in: Calibration.cinReviewIntervalDays)))
        }
    }
}
