/// A built-in setting a rule does not consult, and why (`caseledger rules show`).
public struct IgnoredSetting: Hashable, Sendable, CustomStringConvertible {
    /// The setting id (`dayCount`).
    public var id: String
    /// Why it is ignored: the rule fixes the value, or its unit counts no working days.
    public var reason: String

    /// `dayCount (fixed by the rule: elapsed)`.
    public var description: String { "\(id) (\(reason))" }
}

extension TimescaleRule {
    /// The built-in counting settings (§4.1) that overrides cannot change for this rule: those its
    /// `counting` fixes (dfe.assessment-45, DOMAIN.md C14), and C1/C2 when none of its limits can be in
    /// working days (calendar-day, month and hour limits count no working days).
    public var ignoredSettings: [IgnoredSetting] {
        let workingDays = countsWorkingDays
        return [
            ignored("dayCount", dayCount.map { fixedValue($0) }, appliesToUnit: workingDays),
            ignored("nonWorkingStart", nonWorkingStart.map { fixedValue($0) }, appliesToUnit: workingDays),
            ignored("within", within.map { fixedValue($0) }, appliesToUnit: true),
        ].compactMap { $0 }
    }

    /// Whether some limit of the rule is, or can be set to be, in working days.
    private var countsWorkingDays: Bool {
        ([limit] + (recurrence?.limits ?? [])).contains { written in
            if case .fixed(let limit) = written { limit.unit == .workingDays } else { true }
        }
    }

    private func fixedValue<Value: RawRepresentable>(_ value: Settable<Value>) -> String?
    where Value.RawValue == String {
        if case .value(let fixed) = value { fixed.rawValue } else { nil }
    }

    private func ignored(_ id: String, _ fixed: String??, appliesToUnit: Bool) -> IgnoredSetting? {
        if let fixed = fixed ?? nil { return IgnoredSetting(id: id, reason: "fixed by the rule: \(fixed)") }
        guard !appliesToUnit else { return nil }
        return IgnoredSetting(id: id, reason: "its limits count no working days")
    }
}
