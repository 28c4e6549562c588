import CaseModel
import LedgerCalendar

// Single assessment (WT2013, from 15 April 2013) and legacy initial / core assessments (DOMAIN.md §2, §3.4).

extension ChildJourney {
    /// The first day of the WT2013 rules: referrals from this date get a single assessment (DOMAIN.md §2).
    static let singleAssessmentFrom = CivilDate(year: 2013, month: 4, day: 15)!
    /// Reasons recorded when an assessment exceeds 45 WD (WT2013 ch.1 para 57 requires one); generic text.
    static let overdueReasons = [
        "Timescale exceeded: awaiting reports from partner agencies.",
        "Timescale exceeded: family unavailable for planned visits.",
        "Timescale exceeded: further information needed before a decision.",
    ]

    /// Share of s17 assessments that find the child not in need, so that all assessments together match
    /// `Calibration.referralAssessedNotInNeedShare` (s47-basis assessments always find need).
    static var notInNeedShareOfSection17Assessments: Double {
        let assessedShare = 1 - Calibration.referralNoFurtherActionShare
        let section17Share = assessedShare - Calibration.referralStraightToSection47Share
        return Calibration.referralAssessedNotInNeedShare * assessedShare / section17Share
    }

    /// Assesses after a referral decision; the era of the referral date picks single or legacy assessment.
    mutating func assess(referral: CivilDate, decision: CivilDate) -> EpisodeStep {
        let startDelay = draw(Calibration.assessmentStartWorkingDays)
        let start = max(decision, startDelay == 0 ? referral : addingWorkingDays(startDelay, to: referral))
        let inNeed = !chance(Self.notInNeedShareOfSection17Assessments)
        let next = inNeed ? draw(Calibration.inNeedNextSteps) : nil
        let concluded =
            referral < Self.singleAssessmentFrom
            ? legacyAssessment(referral: referral, start: start, next: next)
            : singleAssessment(
                start: start, basis: .section17, childInNeed: inNeed, nextStep: Self.assessmentNextStep(next))
        guard let concluded else { return .open }
        return Self.episodeStep(after: next, on: concluded)
    }

    /// A single assessment from `start`; returns its authorisation date, or nil if past the end date.
    mutating func singleAssessment(
        start: CivilDate, basis: AssessmentLegalBasis, childInNeed inNeed: Bool, nextStep: AssessmentNextStep
    ) -> CivilDate? {
        let startedID = record(AssessmentStarted(legalBasis: basis, leadSocialWorkerId: worker), on: start)
        let workingDays = drawWhole(Calibration.assessmentWorkingDays)
        let authorised = addingWorkingDays(workingDays, to: start)
        if workingDays >= 10, chance(Calibration.assessmentInternalReviewShare) {
            record(AssessmentInternalReview(), on: addingWorkingDays(workingDays / 2, to: start), decidedBy: manager)
        }
        let completed = max(start, authorised.adding(days: -integer(in: 0...3)))
        let outcome = AssessmentAuthorised(
            completedOn: completed, childInNeed: inNeed, primaryNeed: inNeed ? draw(Calibration.primaryNeeds) : nil,
            factors: drawFactors(inNeed: inNeed, allowLegacy: false), nextStep: nextStep, assessmentEventId: startedID)
        let rationale = workingDays > 45 ? pick(Self.overdueReasons) : nil
        guard record(outcome, on: authorised, decidedBy: manager, rationale: rationale) != nil else { return nil }
        return authorised
    }

    /// Legacy initial assessment, then for some children in need a core assessment; returns the date of
    /// the last completion, or nil if past the end date.
    private mutating func legacyAssessment(referral: CivilDate, start: CivilDate, next: InNeedNextStep?) -> CivilDate? {
        record(InitialAssessmentStarted(), on: start)
        let completed = max(start, addingWorkingDays(drawWhole(Calibration.initialAssessmentWorkingDays), to: referral))
        let core = next != nil && chance(Calibration.coreAssessmentShare)
        let initialNext: AssessmentNextStep = core ? .cinPlan : Self.assessmentNextStep(next)
        guard record(InitialAssessmentCompleted(nextStep: initialNext), on: completed, decidedBy: manager) != nil else {
            return nil
        }
        guard core else { return completed }
        let coreStart = addingWorkingDays(integer(in: 0...2), to: completed)
        record(CoreAssessmentStarted(), on: coreStart)
        let coreEnd = addingWorkingDays(drawWhole(Calibration.coreAssessmentWorkingDays), to: coreStart)
        let factors = drawFactors(inNeed: true, allowLegacy: true)
        let outcome = CoreAssessmentCompleted(factors: factors, nextStep: Self.assessmentNextStep(next))
        return record(outcome, on: coreEnd, decidedBy: manager) != nil ? coreEnd : nil
    }

    /// Factors: each drawn with its chance; none found records 21 alone. Legacy assessments record
    /// physical and sexual abuse with the superseded codes 18A and 19A.
    mutating func drawFactors(inNeed: Bool, allowLegacy: Bool) -> [AssessmentFactor] {
        let scale = inNeed ? 1.0 : 0.3
        var factors: [AssessmentFactor] = []
        for (factor, probability) in Calibration.assessmentFactorChances where chance(probability * scale) {
            factors.append(allowLegacy ? Self.legacySpelling(of: factor) : factor)
        }
        return factors.isEmpty ? [.noFactorsIdentified] : factors
    }

    private static func legacySpelling(of factor: AssessmentFactor) -> AssessmentFactor {
        switch factor {
        case .physicalAbuseAdultOnChild, .physicalAbuseChildOnChild: .legacyPhysicalAbuse
        case .sexualAbuseAdultOnChild, .sexualAbuseChildOnChild: .legacySexualAbuse
        default: factor
        }
    }

    /// The recorded next step for an in-need decision (nil: not in need).
    private static func assessmentNextStep(_ next: InNeedNextStep?) -> AssessmentNextStep {
        switch next {
        case nil: .noFurtherAction
        case .cinPlan: .cinPlan
        case .section47: .section47
        case .lookedAfter: .lookedAfter
        case .earlyHelp: .earlyHelp
        }
    }

    /// What the episode does after an assessment concluded on `date`.
    private static func episodeStep(after next: InNeedNextStep?, on date: CivilDate) -> EpisodeStep {
        switch next {
        case nil: .close(on: date, reason: .closedAfterAssessmentNoFurtherAction)
        case .cinPlan: .childInNeedPlan(from: date)
        case .section47: .enquire(from: date)
        case .lookedAfter: .lookAfter(from: date)
        case .earlyHelp:
            .close(
                on: date,
                reason: date >= Calibration.earlyHelpCodesFrom
                    ? .closedAfterAssessmentReferredToEarlyHelp : .servicesCeased)
        }
    }
}
