import LedgerCalendar

extension CensusChild {
    /// Largest `LAchildID` length (characters; alphanumeric only, DOMAIN.md §6.1).
    static let childIDLengthMax = 20
    /// First collection year that reports `Sex` instead of `GenderCurrent`.
    static let sexFromStartYear = 2024

    /// Why this child cannot be written validly for the collection year, or empty. Reasons name elements,
    /// episodes and ledger positions, never values.
    func validationIssues(year: FinancialYear) -> [String] {
        var issues = identifierIssues(year: year)
        issues += unplacedEvents.map {
            "event at position \($0.position) (\($0.typeName)) has no open referral episode to sit in"
        }
        for (index, episode) in episodes.enumerated() {
            let name = "CINdetails[\(index + 1)] (referral at position \(episode.referralPosition))"
            if index > 0, episodes[index - 1].closureDate.map({ episode.referralDate < $0 }) ?? true {
                issues.append("\(name): referred while the previous referral episode was still open")
            }
            issues += Self.orderIssues(of: episode).map { "\(name): \($0)" }
        }
        return issues
    }

    private func identifierIssues(year: FinancialYear) -> [String] {
        var issues: [String] = []
        let idIsValid =
            (1...Self.childIDLengthMax).contains(childId.count)
            && childId.unicodeScalars.allSatisfy {
                $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0))
            }
        if !idIsValid { issues.append("LAchildID must be 1–\(Self.childIDLengthMax) letters or digits") }
        guard let registration else {
            issues.append("no ChildRegistered event: Ethnicity and the birth date are required")
            return issues
        }
        if year.startYear >= Self.sexFromStartYear, registration.sex == nil {
            issues.append("Sex is required from 2024-25 and is not recorded")
        }
        return issues
    }

    /// Dates in the wrong order inside one episode (DfE validation: nothing before the referral, no end
    /// before its start).
    private static func orderIssues(of episode: Episode) -> [String] {
        let referral = episode.referralDate
        var issues: [String] = []
        if let closure = episode.closureDate, closure < referral {
            issues.append("CINclosureDate before CINreferralDate")
        }
        if !episode.referralNFA, episode.primaryNeed == nil {
            issues.append(
                "PrimaryNeedCode is required for a referral that led to further action (ReferralNFA false; DfE 8610) "
                    + "and neither the referral decision nor an authorised assessment in the episode recorded one")
        }
        for (index, assessment) in episode.assessments.enumerated() {
            if assessment.startDate < referral {
                issues.append("Assessments[\(index + 1)]: AssessmentActualStartDate before CINreferralDate")
            }
            if let authorised = assessment.authorisationDate, authorised < assessment.startDate {
                issues.append("Assessments[\(index + 1)]: AssessmentAuthorisationDate before AssessmentActualStartDate")
            }
        }
        for (index, plan) in episode.cinPlans.enumerated() where (plan.endDate.map { $0 < plan.startDate } ?? false) {
            issues.append("CINPlanDates[\(index + 1)]: CINPlanEndDate before CINPlanStartDate")
        }
        for (index, plan) in episode.protectionPlans.enumerated() {
            if plan.startDate < referral {
                issues.append("ChildProtectionPlans[\(index + 1)]: CPPstartDate before CINreferralDate")
            }
            if let end = plan.endDate, end < plan.startDate {
                issues.append("ChildProtectionPlans[\(index + 1)]: CPPendDate before CPPstartDate")
            }
        }
        return issues
    }
}
