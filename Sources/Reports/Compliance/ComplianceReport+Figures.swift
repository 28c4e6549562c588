import LedgerCalendar
import Projections
import Rulebooks
import TextFormats

extension ComplianceReport {
    static func ruleFigures(_ rows: [CountedClock], rulebooks: RulebookSet) -> [RuleFigures] {
        let groups = Dictionary(grouping: rows) { RuleKey(rulebook: $0.clock.rulebook, clockID: $0.clock.clockID) }
        return groups.keys.sorted().map { key in
            let clocks = groups[key, default: []].map(\.clock)
            var counts = StatusCounts()
            for clock in clocks { counts.add(clock.status) }
            let durations = clocks.compactMap(\.duration).sorted()
            let rule = rulebooks.books.first { $0.name == key.rulebook.name && $0.version == key.rulebook.version }?
                .rules.first { $0.id == clocks[0].ruleID }
            return RuleFigures(
                clockID: key.clockID, rulebook: key.rulebook, title: rule?.title ?? "", citation: rule?.source ?? "",
                limitText: limitText(clocks), durationUnit: clocks[0].durationUnit, counts: counts,
                medianDuration: nearestRank(durations, percent: 50),
                percentile90Duration: nearestRank(durations, percent: 90))
        }
    }

    static func groupFigures(_ rows: [CountedClock], by group: KeyPath<CountedClock, String>) -> [GroupFigures] {
        let groups = Dictionary(grouping: rows) { GroupKey(clockID: $0.clock.clockID, group: $0[keyPath: group]) }
        return groups.keys.sorted().map { key in
            var counts = StatusCounts()
            for row in groups[key, default: []] { counts.add(row.clock.status) }
            return GroupFigures(clockID: key.clockID, group: key.group, counts: counts)
        }
    }

    static func breaches(in rows: [CountedClock]) -> [CountedClock] {
        rows.filter { row in
            switch row.clock.status {
            case .breached, .openOverdue: true
            default: false
            }
        }.sorted(by: CountedClock.breachOrder)
    }

    static func provenance(
        of rows: [CountedClock], state: ProjectionState, parameters: ComplianceParameters,
        calendar: WorkingDayCalendar
    ) -> ReportProvenance {
        let pairs = parameters.provenancePairs
        return ReportProvenance(
            ledgerPosition: state.lastPosition, chainHead: HexText.encode(state.chainHead),
            rulebooks: Set(rows.map(\.clock.rulebook)).sorted(), calendar: calendar.provenance.description,
            settings: Set(rows.flatMap { $0.clock.appliedSettings.map(\.description) }).sorted(),
            parameters: Dictionary(uniqueKeysWithValues: pairs.map { ($0.key, $0.value) }),
            generatedAt: parameters.generatedAt, parameterOrder: pairs.map(\.key))
    }

    /// The nearest-rank percentile: the smallest value with at least `percent`% of values at or below it.
    static func nearestRank(_ sorted: [Int], percent: Int) -> Int? {
        guard !sorted.isEmpty else { return nil }
        let rank = (percent * sorted.count + 99) / 100
        return sorted[max(rank, 1) - 1]
    }

    /// The limit of a rule's clocks (`15 WD`); distinct limits (a setting changed mid-period) are joined.
    private static func limitText(_ clocks: [Clock]) -> String {
        Set(clocks.map(\.limit.description)).sorted().joined(separator: " / ")
    }
}

/// Groups clocks by rulebook and clock id.
struct RuleKey: Hashable, Comparable {
    let rulebook: RulebookReference
    let clockID: String

    static func < (a: RuleKey, b: RuleKey) -> Bool { (a.rulebook, a.clockID) < (b.rulebook, b.clockID) }
}

/// Groups clocks by clock id and team or worker.
struct GroupKey: Hashable, Comparable {
    let clockID: String
    let group: String

    static func < (a: GroupKey, b: GroupKey) -> Bool { (a.clockID, a.group) < (b.clockID, b.group) }
}
