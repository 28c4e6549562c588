import LedgerCalendar

extension ChildHistory {
    /// Whether any of the child's effective events occurred on or before `asOf` (always, when nil).
    public func hasEvent(asOf: CivilDate?) -> Bool {
        guard let asOf else { return !events.isEmpty }
        return events.contains { $0.validDate <= asOf }
    }
}
