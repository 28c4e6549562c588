/// Every number that shapes the synthetic authority, each with its source. `docs/synthetic-authority.md`
/// lists them again with the DOMAIN.md §7 row ("National calibration for the synthetic generator") they
/// come from. **(gk)** marks a figure that is the team's general knowledge, not a sourced row; those only
/// shape realism and are never checked by the calibration tests.
///
/// Duration curves are `QuantileCurve`s drawn as whole days by rounding down, so a point `(p, n + 1)`
/// means "a share p lasts at most n days".
public enum Calibration {
    // MARK: Population

    /// Months before the start date over which households are first referred, silently: a burn-in so the
    /// window starts in steady state. Without it the window starts empty and plan starts ramp up over
    /// the first years, so plans ended lasting 2 y+ (§7: 4.4% in 2025, band 3.5–4.5%) measured 2.7%.
    /// Clamped to the calendar's first year.
    public static let burnInMonths = 36

    // MARK: Referrals

    /// Share of referrals decided "no further action" (census `ReferralNFA`). §7 "Referral outcomes (2025)":
    /// NFA 6.5%.
    public static let referralNoFurtherActionShare = 0.065
    /// Share of referrals whose assessment finds the child not in need. §7 "Referral outcomes (2025)":
    /// assessed as not in need 30.8% (of referrals; the generator converts it to a share of assessments).
    public static let referralAssessedNotInNeedShare = 0.308
    /// Share of referrals that go straight to a strategy discussion and s47 enquiry **(gk)**.
    public static let referralStraightToSection47Share = 0.12
    /// Chance that a closed child is referred again. With `reReferralWithinYearShare` this gives about
    /// 22% of referrals being re-referrals within 12 months. §7 "Re-referral within 12 m": 22.4%
    /// (plausibility band 22–23%); tuned by measurement, see the calibration tests.
    public static let reReferralChance = 0.41
    /// Of re-referrals, the share that arrive within 12 months of the previous referral **(gk)**.
    public static let reReferralWithinYearShare = 0.72
    /// Chance that a contact ends without a referral (advice, early help, NFA) before the referral itself
    /// **(gk)**: contacts outnumber referrals.
    public static let contactWithoutReferralChance = 0.30
    /// Share of referrals that begin with police protection (s46) **(gk)**.
    public static let policeProtectionShare = 0.012

    // MARK: Assessment

    /// Working days from the referral to the assessment's start **(gk)**.
    public static let assessmentStartWorkingDays = WeightedTable([(0, 0.55), (1, 0.3), (2, 0.1), (3, 0.05)])
    /// DfE clock (start → authorisation), working days. §7 "Assessments ≤45 WD": 85.7% within 45 (2025);
    /// median 33, IQR 17–43 (2025). Band 83–86%.
    public static let assessmentWorkingDays = QuantileCurve([
        (0, 0), (0.03, 1), (0.25, 17), (0.5, 33.5), (0.75, 43.5), (0.857, 46), (0.95, 61), (1, 95),
    ])
    /// Share of single assessments with an internal review (census `AssessmentInternalReviewDate`) **(gk)**.
    public static let assessmentInternalReviewShare = 0.25
    /// Legacy initial assessment, referral → completion, working days: most within 7 WD (the Assessment
    /// Framework 2000 figure, §2) and nearly all within 10 **(gk)**.
    public static let initialAssessmentWorkingDays = QuantileCurve([
        (0, 0), (0.5, 5), (0.77, 8), (0.92, 11), (1, 25),
    ])
    /// Legacy core assessment, start → completion, working days (35 WD limit, §2) **(gk)**.
    public static let coreAssessmentWorkingDays = QuantileCurve([
        (0, 10), (0.5, 28), (0.76, 36), (0.95, 50), (1, 70),
    ])
    /// Share of legacy initial assessments (child in need) followed by a core assessment **(gk)**.
    public static let coreAssessmentShare = 0.55

    // MARK: Strategy discussion, s47 and ICPC

    /// Share of s47 enquiries that lead to an ICPC. §7 implies ICPCs at about 60–65 per 10k against s47
    /// enquiries at 160–190 per 10k, about 35–40%.
    public static let section47ConferenceShare = 0.38
    /// Working days from the strategy discussion that initiated the s47 to the ICPC (`S47ActualStartDate`
    /// → `DateOfInitialCPC`). §7 "ICPCs / ≤15 WD": 81.4% (2025), 78.4% (2023), median 14 WD; band 78–82%.
    public static let conferenceWorkingDays = QuantileCurve([
        (0, 3), (0.1, 7), (0.3, 11), (0.5, 14.5), (0.81, 16), (0.92, 21), (1, 40),
    ])
    /// Share of s47 enquiries that start on the day of the strategy discussion that initiates them; the
    /// rest start one or two working days later (R3: the ICPC clock still runs from the discussion) **(gk)**.
    public static let section47SameDayShare = 0.95
    /// Working days from the initiating discussion to an enquiry's conclusion that no ICPC is needed: within
    /// the 15 WD conference window, since that decision is what the window is for **(gk)**.
    public static let section47NoConferenceWorkingDays = 3...15
    /// Share of ICPCs that result in a CP plan. §7: CPP starts (61,840 in 2025) against ICPCs (72,100 in
    /// 2025), about 86%.
    public static let conferencePlanShare = 0.86
    /// Share of s47 enquiries opened by a strategy discussion that is not the first one held **(gk)**.
    public static let repeatStrategyDiscussionShare = 0.1

    // MARK: Child protection plan

    /// Plan duration bins, calendar months (lower bound, upper bound, share; plans last at least 14 days).
    /// §7 "CPP ended, duration (2025)": <3 m 15.9%; 3–6 m 11.0%; 6 m–1 y 43.5%; 1–2 y 25.2%; 2 y+ 4.4%
    /// (band 3.5–4.5%).
    public static let planDurationMonthBins: [(lowerMonths: Int, upperMonths: Int, share: Double)] = [
        (0, 3, 15.9), (3, 6, 11.0), (6, 12, 43.5), (12, 24, 25.2), (24, 36, 4.4),
    ]
    /// Chance that a review conference changes the latest category **(gk)**.
    public static let categoryChangeChance = 0.05
    /// Share of first review conferences held late (after 3 months), and of later ones after 6 months **(gk)**.
    public static let lateReviewShare = 0.08
    /// Share of first core groups held late (after 10 WD) **(gk)**.
    public static let lateCoreGroupShare = 0.1
    /// Calendar days between CP visits: every two weeks or so **(gk; the interval is local, §3.8)**.
    public static let protectionVisitIntervalDays = 10...18
    /// Calendar days between core group meetings **(gk)**.
    public static let coreGroupIntervalDays = 28...45
    /// Share of plans ending because the family moved to another LA (RC5 at closure) **(gk)**.
    public static let planMovedAwayShare = 0.04
    /// Share of ended plans stepped down to a CIN plan rather than closed **(gk)**.
    public static let planStepDownShare = 0.5

    // MARK: Child in need plan

    /// Next step after an assessment that finds the child in need **(gk)**.
    public static let inNeedNextSteps = WeightedTable([
        (InNeedNextStep.cinPlan, 0.62), (.section47, 0.22), (.lookedAfter, 0.04), (.earlyHelp, 0.12),
    ])
    /// CIN plan length, calendar days **(gk)**.
    public static let cinPlanDays = QuantileCurve([(0, 60), (0.5, 200), (0.9, 420), (1, 720)])
    /// Chance that a CIN plan escalates to a strategy discussion and s47 enquiry **(gk)**.
    public static let cinEscalationChance = 0.12
    /// Calendar days between CIN visits **(gk)**.
    public static let cinVisitIntervalDays = 25...45
    /// Calendar days between CIN review meetings **(gk)**.
    public static let cinReviewIntervalDays = 80...100

    // MARK: Looked after, missing, LADO

    /// Days looked after before ceasing **(gk)**.
    public static let lookedAfterDays = QuantileCurve([(0, 20), (0.5, 300), (0.9, 900), (1, 1500)])
    /// Chance that a child aged 11 or over has missing episodes **(gk)**.
    public static let missingChildChance = 0.12
    /// Missing episodes per such child **(gk)**.
    public static let missingEpisodeCounts = WeightedTable([(1, 0.5), (2, 0.25), (3, 0.15), (5, 0.1)])
    /// Hours missing **(gk)**.
    public static let missingHours = QuantileCurve([(0, 1), (0.5, 9), (0.9, 40), (1, 120)])
    /// Share of return interviews offered within 72 h (a 2014 expectation, §3.10 (gk)).
    public static let returnInterviewOnTimeShare = 0.8
    /// Chance that a child is the subject of an allegation against someone working with children **(gk)**.
    public static let allegationChildChance = 0.01
    /// Share of LADO notifications within 1 WD (`nat.lado-1wd`) **(gk)**.
    public static let ladoOnTimeShare = 0.85
}

/// What follows an assessment that finds the child in need.
public enum InNeedNextStep: Sendable {
    /// A CIN plan. / A strategy discussion and s47 enquiry. / Care. / Closure to early help.
    case cinPlan, section47, lookedAfter, earlyHelp
}
