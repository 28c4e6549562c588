import CaseModel
import LedgerCalendar
import Projections

/// Headline figures per financial year (1 April – 31 March, DOMAIN.md §7), counted from a folded ledger.
///
/// A first cut of the annual-report figures: event counts by valid date, the re-referral rate (R14: a
/// referral within 12 calendar months, clamped, of the same child's previous referral) and the 31 March
/// snapshot (C10: a plan ending on 31 March is not open). Corrections and retractions are already applied
/// by the fold.
public struct AnnualCounts: Hashable, Sendable {
    /// The year.
    public var year: FinancialYear
    /// `ReferralReceived` dated in the year.
    public var referrals = 0
    /// Referrals in the year made within 12 months of the same child's previous referral.
    public var reReferrals = 0
    /// `AssessmentAuthorised` dated in the year.
    public var assessmentsAuthorised = 0
    /// `Section47Started` dated in the year.
    public var section47Enquiries = 0
    /// `IcpcHeld` dated in the year.
    public var initialConferences = 0
    /// `CpPlanStarted` dated in the year.
    public var protectionPlansStarted = 0
    /// Children with an open CP plan at the end of 31 March.
    public var protectionPlansAt31March = 0
    /// Children with an open referral episode (children in need) at the end of 31 March.
    public var childrenInNeedAt31March = 0

    /// Re-referrals as a percentage of referrals (nil with no referrals).
    public var reReferralPercent: Double? {
        referrals == 0 ? nil : Double(reReferrals) * 100 / Double(referrals)
    }

    /// The figures of each year, in the order given.
    /// - Complexity: O(events · years) plus one case-state projection per child per year.
    public static func count(_ state: ProjectionState, years: [FinancialYear]) -> [AnnualCounts] {
        var rows = years.map { AnnualCounts(year: $0) }
        for childId in state.childIds {
            guard let history = state.children[childId] else { continue }
            var previousReferral: CivilDate?
            for effective in history.eventsInValidTimeOrder() {
                let date = effective.validDate
                let isReReferral =
                    effective.typeName == ReferralReceived.typeName
                    && previousReferral.map { date <= $0.adding(months: 12) } == true
                if effective.typeName == ReferralReceived.typeName { previousReferral = date }
                guard let index = rows.firstIndex(where: { $0.year.contains(date) }) else { continue }
                rows[index].add(effective.typeName, isReReferral: isReReferral)
            }
        }
        for index in rows.indices {
            let snapshot = CaseloadSummary(state: state, asOf: rows[index].year.lastDay)
            rows[index].protectionPlansAt31March = snapshot.cpPlanCount
            rows[index].childrenInNeedAt31March = snapshot.openReferralCount
        }
        return rows
    }

    private mutating func add(_ typeName: String, isReReferral: Bool) {
        switch typeName {
        case ReferralReceived.typeName:
            referrals += 1
            if isReReferral { reReferrals += 1 }
        case AssessmentAuthorised.typeName: assessmentsAuthorised += 1
        case Section47Started.typeName: section47Enquiries += 1
        case IcpcHeld.typeName: initialConferences += 1
        case CpPlanStarted.typeName: protectionPlansStarted += 1
        default: break
        }
    }
}
