import CaseModel
import LedgerCalendar
import Projections
import Rulebooks

/// The auditors' timescale compliance report: per-rule figures, team and worker breakdowns, and a
/// drill-down of every breach to the ledger positions that started and stopped its clock
/// (docs/compliance-report.md).
public struct ComplianceReport: Hashable, Sendable {
    /// Where the figures come from.
    public var provenance: ReportProvenance
    /// Per-rule figures, sorted by rulebook then clock id.
    public var rules: [RuleFigures]
    /// Per-team figures, sorted by clock id then team.
    public var teams: [GroupFigures]
    /// Per-worker figures, sorted by clock id then worker.
    public var workers: [GroupFigures]
    /// Breached and open-overdue clocks, sorted by clock id, child and start (`CountedClock.breachOrder`).
    public var breaches: [CountedClock]
    /// Recording timeliness per event type against the recording standard, sorted by type.
    public var recording: [RecordingFigures]
    /// Every late record, sorted by type, valid date and event id.
    public var lateRecords: [LateRecordRow]
    /// Every counted clock (the drill-down behind every figure), sorted by rulebook, clock id, child and
    /// start (`CountedClock.drillDownOrder`).
    public var clocks: [CountedClock]
    /// Stops of linked rules that no clock could take, dated in the period (`UnpairedStopRow.reportOrder`).
    public var unpairedStops: [UnpairedStopRow] = []
    /// Case-stream records the fold skipped because they do not decode (findings: the figures leave them out).
    public var skippedRecords: [SkippedRecord] = []

    /// Builds the report from a folded ledger.
    ///
    /// A clock is counted when its start date lies in `from…to` (inclusive), it was measured under the
    /// requested rulebook (if any) and its child was allocated to the requested team at the start (if any).
    /// - Throws: `ProjectionError.evaluation` for a bad setting override or a date outside the calendar.
    /// - Complexity: O(events · families) to pair clocks, plus sorting.
    public static func build(
        state: ProjectionState, rulebooks: RulebookSet, parameters: ComplianceParameters,
        calendar: WorkingDayCalendar = .englandAndWales
    ) throws(ProjectionError) -> ComplianceReport {
        let engine = ClockEngine(
            rulebooks: rulebooks, authority: parameters.authority, settings: parameters.settings, calendar: calendar)
        var counted: [CountedClock] = []
        var judged: [JudgedRecording] = []
        var late: [LateRecordRow] = []
        var unpaired: [UnpairedStopRow] = []
        for childId in state.childIds {
            guard let history = state.children[childId] else { continue }
            let allocations = AllocationTimeline(history: history, asOf: .onOrBefore(parameters.asOf))
            let paired = try pairedRows(of: history, scope: .child, allocations: allocations, engine, parameters)
            counted += paired.counted
            unpaired += paired.unpaired
            let recordings = try recordings(
                of: history, allocations: allocations, parameters: parameters, calendar: calendar)
            judged += recordings.judged
            late += recordings.late
        }
        for reviewId in state.reviews.keys.sorted() {
            guard let history = state.reviews[reviewId] else { continue }
            let allocations = AllocationTimeline(history: history, asOf: .onOrBefore(parameters.asOf))
            let paired = try pairedRows(of: history, scope: .review, allocations: allocations, engine, parameters)
            counted += paired.counted
            unpaired += paired.unpaired
        }
        return ComplianceReport(
            provenance: provenance(of: counted, state: state, parameters: parameters, calendar: calendar),
            rules: ruleFigures(counted, rulebooks: rulebooks), teams: groupFigures(counted, by: \.team),
            workers: groupFigures(counted, by: \.worker), breaches: breaches(in: counted),
            recording: recordingFigures(judged),
            lateRecords: late.sorted {
                ($0.record.typeName, $0.record.occurredOn, $0.record.eventId)
                    < ($1.record.typeName, $1.record.occurredOn, $1.record.eventId)
            },
            clocks: counted.sorted(by: CountedClock.drillDownOrder),
            unpairedStops: unpaired.sorted(by: UnpairedStopRow.reportOrder), skippedRecords: state.skippedRecords)
    }

    /// Builds the report from events in ledger order (folds them first).
    public static func build(
        events: some Sequence<LedgerEvent>, rulebooks: RulebookSet, parameters: ComplianceParameters,
        calendar: WorkingDayCalendar = .englandAndWales
    ) throws(ProjectionError) -> ComplianceReport {
        try build(
            state: ProjectionState.rebuild(from: events), rulebooks: rulebooks, parameters: parameters,
            calendar: calendar)
    }

    /// The group name of a clock whose child had no allocated team or worker at its start.
    public static let unallocated = "unallocated"

    /// The counted clocks and unpaired stops of one child's (or one review's) history.
    private static func pairedRows(
        of history: ChildHistory, scope: StreamKind, allocations: AllocationTimeline, _ engine: ClockEngine,
        _ parameters: ComplianceParameters
    ) throws(ProjectionError) -> (counted: [CountedClock], unpaired: [UnpairedStopRow]) {
        let pairing = try engine.pairing(for: history, scope: scope, asOf: parameters.asOf)
        return (
            countedClocks(pairing.clocks, allocations: allocations, parameters: parameters),
            unpairedStopRows(pairing.unpairedStops, allocations: allocations, parameters: parameters)
        )
    }

    /// The clocks of one child (or one review, whose clocks are unallocated) that the parameters count, with the
    /// allocation each is charged to (`AllocationTimeline`: in force for its episode at the start, else the
    /// episode's first allocation).
    private static func countedClocks(
        _ clocks: [Clock], allocations: AllocationTimeline, parameters: ComplianceParameters
    ) -> [CountedClock] {
        var counted: [CountedClock] = []
        for clock in clocks where isCounted(clock, parameters) {
            let allocation = allocations.allocation(chargedFor: clock.startEventId)
            let row = CountedClock(
                clock: clock, team: allocation?.teamId ?? unallocated, worker: allocation?.workerId ?? unallocated)
            if parameters.team == nil || parameters.team == row.team { counted.append(row) }
        }
        return counted
    }

    private static func isCounted(_ clock: Clock, _ parameters: ComplianceParameters) -> Bool {
        let startDate = clock.start.londonDate
        guard parameters.from <= startDate, startDate <= parameters.to else { return false }
        return parameters.rulebookName.map { $0 == clock.rulebook.name } ?? true
    }
}
