// The figures of the annual report, in the order reports print them (DOMAIN.md §7; docs/annual-figures.md).

extension AnnualFigure {
    private static let methodology = "DfE, Characteristics of children in need: methodology (EES)"
    private static let local = "CaseLedger ruling (DOMAIN.md §11)"

    /// The parental factors at conferences: figure-id suffix and title.
    static let parentalFactors: [(id: String, title: String)] = [
        ("domestic-abuse", "Domestic abuse"), ("mental-ill-health", "Parental mental ill health"),
        ("drug-misuse", "Parental drug misuse"), ("alcohol-misuse", "Parental alcohol misuse"),
    ]

    /// The categories of abuse, census codes in table order.
    static let categories = ["NEG", "PHY", "SAB", "EMO", "MUL"]

    /// Every figure, in report order.
    public static let all: [AnnualFigure] =
        referralFigures + assessmentFigures + protectionFigures + snapshotFigures + conferenceFigures + otherFigures

    private static let referralFigures: [AnnualFigure] = [
        .init("contacts", "Contacts", .count, "ContactReceived events dated in the year.", "DOMAIN.md §3.3"),
        .init(
            "referrals", "Referrals", .count,
            "ReferralReceived dated in the year; several referrals of one child on the same day count once.",
            methodology + " (referrals; same-day referrals, EES C1/C5)"),
        .init(
            "referrals-same-day-duplicates", "Same-day duplicate referrals (not counted)", .count,
            "Referrals of a child on a day that already had one: neither referrals nor re-referrals.",
            methodology + " (same-day referrals count once)"),
        .init(
            "re-referrals", "Re-referrals within 12 months", .count, lookbackMonths: 12,
            "Referrals in the year dated at most 12 calendar months (clamped) after the child's previous referral.",
            methodology + " (re-referrals); R14"),
        .init(
            "re-referrals-percent", "Re-referrals within 12 months (%)",
            .percent(numerator: "re-referrals", denominator: "referrals"), lookbackMonths: 12,
            "re-referrals ÷ referrals × 100.", methodology),
        .init(
            "referrals-nfa", "Referrals with no further action", .count,
            "Referrals in the year whose referral decision was no further action (census ReferralNFA).",
            methodology + " (referrals leading to no further action)"),
        .init(
            "referrals-nfa-percent", "Referrals with no further action (%)",
            .percent(numerator: "referrals-nfa", denominator: "referrals"), "referrals-nfa ÷ referrals × 100.",
            methodology),
    ]

    private static let assessmentFigures: [AnnualFigure] = [
        .init(
            "assessments-completed", "Assessments completed", .count,
            "Single assessments authorised in the year (AssessmentAuthorised date); legacy assessments excluded (R7).",
            methodology + " (assessments completed; duration to authorisation)"),
        .init(
            "assessments-within-45wd", "Assessments within 45 working days", .count,
            "Completed assessments with elapsed working days from AssessmentStarted to authorisation ≤ 45 "
                + "(same day = 0); one with no recorded start is not within.",
            methodology + " (duration of assessments); C14, R6"),
        .init(
            "assessments-within-45wd-percent", "Assessments within 45 working days (%)",
            .percent(numerator: "assessments-within-45wd", denominator: "assessments-completed"),
            "assessments-within-45wd ÷ assessments-completed × 100.", methodology),
        .init(
            "s47-enquiries", "Section 47 enquiries", .count,
            "Section47Started dated in the year, each enquiry counted.", methodology + " (section 47 enquiries); R3"),
        .init(
            "icpcs", "Initial child protection conferences", .count, "IcpcHeld dated in the year.",
            methodology + " (initial child protection conferences)"),
        .init(
            "icpcs-within-15wd", "ICPCs within 15 working days", .count,
            "ICPCs with elapsed working days from the s47 start (the initiating strategy discussion's date) "
                + "to the conference between 0 and 15; an ICPC before its s47 start is not within (R8).",
            methodology + " (ICPC timeliness); R2, R8"),
        .init(
            "icpcs-within-15wd-percent", "ICPCs within 15 working days (%)",
            .percent(numerator: "icpcs-within-15wd", denominator: "icpcs"), "icpcs-within-15wd ÷ icpcs × 100.",
            methodology),
    ]

    private static let protectionFigures: [AnnualFigure] = [
        .init(
            "cpp-started", "CP plans started", .count, "CpPlanStarted dated in the year (plans, not children).",
            methodology + " (children who became the subject of a plan)"),
        .init(
            "cpp-second-or-subsequent", "Second or subsequent CP plans", .count, lookbackMonths: 24,
            "Plans started in the year whose child had an earlier plan in the ledger that ended before (R9).",
            local + " R9; " + methodology + " (second or subsequent plans)"),
        .init(
            "cpp-second-or-subsequent-percent", "Second or subsequent CP plans (%)",
            .percent(numerator: "cpp-second-or-subsequent", denominator: "cpp-started"), lookbackMonths: 24,
            "cpp-second-or-subsequent ÷ cpp-started × 100.", local + " R9"),
        .init(
            "cpp-ended", "CP plans ended", .count, "CpPlanEnded dated in the year.",
            methodology + " (children who ceased to be the subject of a plan)"),
        .init(
            "cpp-ended-2-years-plus", "CP plans ended lasting 2 years or more", .count, lookbackMonths: 24,
            "Plans ended in the year whose end date is on or after start + 24 calendar months (clamped; R11).",
            methodology + " (duration of plans ceased); R11"),
        .init(
            "cpp-ended-2-years-plus-percent", "CP plans ended lasting 2 years or more (%)",
            .percent(numerator: "cpp-ended-2-years-plus", denominator: "cpp-ended"), lookbackMonths: 24,
            "cpp-ended-2-years-plus ÷ cpp-ended × 100.", methodology),
    ]

    private static let snapshotFigures: [AnnualFigure] =
        [
            .init(
                "cpp-at-31-march", "Children on a CP plan at 31 March", .snapshot,
                "Children with a CP plan open at the end of 31 March; a plan ending on 31 March is not open (C10).",
                methodology + " (EES table A6); C10, R12"),
            .init(
                "cpp-at-31-march-rate", "Children on a CP plan at 31 March per 10,000 aged 0–17",
                .ratePer10000(numerator: "cpp-at-31-march"),
                "cpp-at-31-march ÷ the 0–17 population of the reference file × 10,000.",
                methodology + " (rates use ONS mid-year estimates of children aged 0 to 17)"),
        ]
        + categories.map { code in
            .init(
                "cpp-at-31-march-\(code.lowercased())", "  of which initial category \(code)", .snapshot,
                "Children on a CP plan at 31 March whose plan's initial category of abuse is \(code) (MUL exclusive).",
                methodology + " (EES table A6, initial category of abuse)")
        } + [
            .init(
                "cin-at-31-march", "Children in need at 31 March", .snapshot,
                "Children with a referral (CIN) episode open at the end of 31 March (referral not yet closed).",
                methodology + " (children in need at 31 March)"),
            .init(
                "cin-at-31-march-rate", "Children in need at 31 March per 10,000 aged 0–17",
                .ratePer10000(numerator: "cin-at-31-march"),
                "cin-at-31-march ÷ the 0–17 population of the reference file × 10,000.", methodology),
            .init(
                "looked-after-at-31-march", "Looked-after children at 31 March (where recorded)", .snapshot,
                "Children looked after at the end of 31 March (BecameLookedAfter not followed by CeasedLookedAfter).",
                "DOMAIN.md §3.9 (the SSDA903 return is the authoritative count)"),
        ]

    private static let conferenceFigures: [AnnualFigure] =
        [
            .init(
                "conferences", "CP conferences (initial and review)", .count,
                "IcpcHeld and RcpcHeld dated in the year (R10: review conferences count).", local + " R10; seed 002")
        ]
        + parentalFactors.flatMap { factor in
            [
                AnnualFigure(
                    "conferences-\(factor.id)", "Conferences with \(factor.title.lowercased())", .count,
                    "Conferences in the year at which \(factor.title.lowercased()) was recorded as present.",
                    "seed 002 (parental factors at CP conferences); R10"),
                AnnualFigure(
                    "conferences-\(factor.id)-percent", "Conferences with \(factor.title.lowercased()) (%)",
                    .percent(numerator: "conferences-\(factor.id)", denominator: "conferences"),
                    "conferences-\(factor.id) ÷ conferences × 100 (factors overlap: columns do not sum to 100).",
                    "seed 002"),
            ]
        }

    private static let otherFigures: [AnnualFigure] = [
        .init(
            "missing-episodes", "Missing episodes", .count, "MissingEpisodeStarted dated in the year.",
            "DOMAIN.md §3.10"),
        .init(
            "lado-referrals", "LADO referrals", .count, "LadoNotified dated in the year.",
            "DOMAIN.md §3.11 (WT2013 ch.2)"),
    ]
}
