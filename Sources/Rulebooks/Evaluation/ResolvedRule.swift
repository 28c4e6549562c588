import LedgerCalendar

/// A rule with every setting resolved for one clock: the concrete limit and conventions, and which
/// settings produced them (recorded with every result).
public struct ResolvedRule: Hashable, Sendable {
    /// The id of the clock: the rule's id, or its recurrence id for a repeated clock.
    public var clockID: String
    /// The limit in force for this clock.
    public var limit: TimeLimit
    /// C1 and C2.
    public var conventions: CountingConventions
    /// C4.
    public var within: WithinComparison
    /// Which start event anchors the clock.
    public var anchor: ClockAnchor
    /// Every setting consulted, with its value and whether it was the default, sorted by id.
    public var appliedSettings: [AppliedSetting]
}

extension TimescaleRule {
    /// Resolves the rule's settings against caller overrides.
    ///
    /// - Parameter occurrence: 0 for the first clock; k ≥ 1 for the k-th repetition of a recurring rule,
    ///   which uses `recurrence.limits[min(k, count) - 1]`.
    /// - Throws: `RuleEvaluationError.settingKindMismatch` when an override has the wrong kind, and
    ///   `.noRecurrence` when `occurrence > 0` for a rule that does not recur.
    public func resolved(settings: RuleSettings, occurrence: Int = 0) throws(RuleEvaluationError) -> ResolvedRule {
        var resolver = SettingResolver(definitions: settingDefinitions, overrides: settings.overrides, ruleID: id)
        let (clockID, writtenLimit) = try limitFor(occurrence: occurrence)
        let limit = try resolver.limit(writtenLimit)
        // C1 and C2 only shape working-day counts (§3.4): another unit consults neither, so neither is
        // recorded as applied, and the conventions below are the unused defaults.
        var dayCount = DayCountConvention.elapsed
        var nonWorkingStart = NonWorkingStartPolicy.countFromStart
        if limit.unit == .workingDays {
            dayCount = try resolver.value(self.dayCount ?? .setting("dayCount"), kind: .dayCount) { value in
                if case .dayCount(let convention) = value { convention } else { nil }
            }
            nonWorkingStart = try resolver.value(
                self.nonWorkingStart ?? .setting("nonWorkingStart"), kind: .nonWorkingStart
            ) { value in
                if case .nonWorkingStart(let policy) = value { policy } else { nil }
            }
        }
        let within = try resolver.value(within ?? .setting("within"), kind: .within) { value in
            if case .within(let comparison) = value { comparison } else { nil }
        }
        let anchor = try resolver.value(anchor, kind: .anchor) { value in
            if case .anchor(let anchor) = value { anchor } else { nil }
        }
        for id in conditionSettings { _ = try resolver.lookUp(id, kind: .teamId) }
        return ResolvedRule(
            clockID: clockID, limit: limit,
            conventions: CountingConventions(dayCount: dayCount, nonWorkingStart: nonWorkingStart), within: within,
            anchor: anchor, appliedSettings: resolver.applied.sorted { $0.id < $1.id })
    }

    private func limitFor(occurrence: Int) throws(RuleEvaluationError) -> (String, RuleLimit) {
        precondition(occurrence >= 0, "occurrence is a 0-based index")
        guard occurrence > 0 else { return (id, limit) }
        guard let recurrence else {
            throw RuleEvaluationError(
                .noRecurrence, ruleID: id, reason: "repetition \(occurrence) of a rule that does not recur")
        }
        return (recurrence.id, recurrence.limits[min(occurrence, recurrence.limits.count) - 1])
    }
}

/// Looks settings up, records each one used, and checks the kind of every override.
struct SettingResolver {
    let definitions: [String: SettingDefinition]
    let overrides: [String: SettingValue]
    let ruleID: String
    private(set) var applied: [AppliedSetting] = []

    init(definitions: [String: SettingDefinition], overrides: [String: SettingValue], ruleID: String) {
        self.definitions = definitions
        self.overrides = overrides
        self.ruleID = ruleID
    }

    mutating func lookUp(_ id: String, kind: SettingKind) throws(RuleEvaluationError) -> SettingValue {
        // Rule decoding checked every reference against the definitions, so a miss is a bug.
        guard let definition = definitions[id] else { preconditionFailure("setting \(id) was not validated") }
        let value = overrides[id] ?? definition.defaultValue
        guard value.kind == kind else {
            throw RuleEvaluationError(
                .settingKindMismatch, ruleID: ruleID,
                reason: "override of \"\(id)\" is a \(value.kind.rawValue), the setting is a \(kind.rawValue)")
        }
        if !applied.contains(where: { $0.id == id }) {
            applied.append(AppliedSetting(id: id, value: value, isDefault: overrides[id] == nil))
        }
        return value
    }

    mutating func value<Value>(
        _ settable: Settable<Value>, kind: SettingKind, extract: (SettingValue) -> Value?
    ) throws(RuleEvaluationError) -> Value {
        switch settable {
        case .value(let value): return value
        case .setting(let id):
            // `lookUp` has checked the kind, so `extract` cannot fail.
            guard let value = extract(try lookUp(id, kind: kind)) else { preconditionFailure("kind checked") }
            return value
        }
    }

    mutating func limit(_ written: RuleLimit) throws(RuleEvaluationError) -> TimeLimit {
        switch written {
        case .fixed(let limit): return limit
        case .setting(let id):
            guard case .limit(let limit) = try lookUp(id, kind: .limit) else { preconditionFailure("kind checked") }
            return limit
        case .amountWithUnitSetting(let amount, let id):
            guard case .unit(let unit) = try lookUp(id, kind: .unit) else { preconditionFailure("kind checked") }
            return unit.limit(amount)
        }
    }
}
