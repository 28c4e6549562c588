import CaseModel
import LedgerCalendar
import Rulebooks

/// Pairs each child's events into timescale clocks under the rulebook in force on each clock's start
/// date, and evaluates them as of a date (docs/rulebook-format.md §3, §8).
///
/// Pure: the same history, rulebooks, settings, calendar and as-of date give the same clocks.
public struct ClockEngine: Sendable {
    /// The national and local rulebooks.
    public var rulebooks: RulebookSet
    /// The local authority whose local books apply (nil: national only).
    public var authority: String?
    /// Caller overrides of rule settings.
    public var settings: RuleSettings
    /// The working-day calendar.
    public var calendar: WorkingDayCalendar

    /// Creates an engine; rule conditions that compare with a setting (a team id) compare with its value under
    /// `settings`.
    public init(
        rulebooks: RulebookSet, authority: String? = nil, settings: RuleSettings = RuleSettings(),
        calendar: WorkingDayCalendar = .englandAndWales
    ) {
        self.rulebooks =
            rulebooks.conditionSettingIDs.isEmpty ? rulebooks : rulebooks.resolvingConditionSettings(settings)
        self.authority = authority
        self.settings = settings
        self.calendar = calendar
    }

    /// The families of the `scope`-scoped rules any book defines, sorted.
    public func families(scope: StreamKind) -> [String] {
        Set(rulebooks.books.flatMap { $0.rules.filter { $0.scope == scope }.map(\.family) }).sorted()
    }

    /// Every clock of `history` as of `asOf`: events dated after `asOf` are not yet known to have happened.
    /// Clocks cancelled before falling due, and clocks whose `requires` events never occur, are omitted.
    ///
    /// - Parameter scope: the kind of stream `history` is: `.child` for `ProjectionState.children`,
    ///   `.review` for `ProjectionState.reviews` (the rules of that scope are paired; `Clock.childId` then
    ///   holds the review id).
    /// - Returns: clocks sorted by family, then start position, then occurrence.
    /// - Throws: `ProjectionError.evaluation` for a bad setting override or a date outside the calendar.
    public func clocks(for history: ChildHistory, scope: StreamKind = .child, asOf: CivilDate) throws(ProjectionError)
        -> [Clock]
    {
        try pairing(for: history, scope: scope, asOf: asOf).clocks
    }

    /// Every clock of `history` as of `asOf` (as `clocks(for:scope:asOf:)`), and the stops of linked rules that
    /// no clock could take (`UnpairedStop`, in walk order).
    ///
    /// - Throws: `ProjectionError.evaluation` for a bad setting override or a date outside the calendar.
    public func pairing(for history: ChildHistory, scope: StreamKind = .child, asOf: CivilDate)
        throws(ProjectionError) -> (clocks: [Clock], unpairedStops: [UnpairedStop])
    {
        let events = history.eventsInValidTimeOrder(asOf: .onOrBefore(asOf)).map(MatchableEvent.init)
        let linked = linkedFamilies
        let typesByFamily = FamilyEventTypes.byFamily(rulebooks)
        var clocks: [Clock] = []
        var unpaired: [UnpairedStop] = []
        for family in families(scope: scope) {
            var run = ClockRun(
                engine: self, family: family, types: typesByFamily[family] ?? FamilyEventTypes(),
                childId: history.childId, events: events, asOf: asOf)
            guard linked.contains(family) else {
                clocks += try run.pair()
                continue
            }
            var linkedRun = LinkedClockRun(run)
            let result = try linkedRun.pair()
            clocks += result.clocks
            unpaired += result.unpaired
        }
        return (clocks, unpaired)
    }

    /// The families with a rule whose stop is matched by link (`LinkedClockRun`).
    var linkedFamilies: Set<String> {
        var families: Set<String> = []
        for book in rulebooks.books {
            for rule in book.rules {
                if case .link = rule.stopMatch { families.insert(rule.family) }
            }
        }
        return families
    }

    /// The rule of `family` in force on `date`. Its scope need not be checked: a rule's event types all
    /// belong to its scope (checked when its book loads), so it matches nothing on another kind of stream.
    func selectRule(family: String, on date: CivilDate) -> SelectedRule? {
        rulebooks.rule(family: family, clockStart: date, authority: authority)
    }
}
