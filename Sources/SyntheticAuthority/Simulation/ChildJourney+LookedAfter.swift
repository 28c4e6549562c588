import CaseModel
import LedgerCalendar

// Becoming and ceasing to be looked after (DOMAIN.md §3.9; detail belongs to SSDA903).

extension ChildJourney {
    /// Legal status on entering care **(gk)**.
    static let entryLegalStatuses = WeightedTable<LegalStatus>([
        (.section20, 0.6), (.interimCareOrder, 0.3), (.emergencyProtectionOrder, 0.1),
    ])

    /// A period in care from shortly after `date`, with visits, ending in closure.
    mutating func lookAfter(from date: CivilDate) -> EpisodeStep {
        let start = date.adding(days: integer(in: 0...10))
        let entered = BecameLookedAfter(legalStatus: draw(Self.entryLegalStatuses))
        guard record(entered, on: start, decidedBy: manager) != nil else { return .open }
        var ceased = start.adding(days: drawWhole(Calibration.lookedAfterDays))
        var reason = draw(Calibration.lookedAfterClosureReasons)
        if ceased >= child.adulthood {
            ceased = max(start, child.adulthood)
            reason = .servicesCeased
        } else if reason == .adopted, ceased >= child.birthDate.adding(months: 10 * 12) {
            reason = .specialGuardianshipOrder
        }
        recordVisits(.lookedAfter, from: start, before: ceased, intervalDays: 30...45)
        guard record(CeasedLookedAfter(), on: ceased, decidedBy: manager) != nil else { return .open }
        return .close(on: ceased, reason: reason)
    }
}
