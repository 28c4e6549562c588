import LedgerCalendar
import Projections
import Rulebooks

/// A titled table of text cells: what every renderer prints.
struct ReportTable {
    let title: String
    /// What the table counts, printed under the title by the text and HTML renderers.
    var note: String? = nil
    let header: [String]
    let rows: [[String]]
    /// The column holding a clock id that the HTML renderer links to the clock's drill-down rows.
    var clockLinkColumn: Int? = nil
    /// The column whose clock id's first row is the HTML link target.
    var clockAnchorColumn: Int? = nil
}

extension ComplianceReport {
    /// The report's tables in print order: skipped records (only when there are any), the figures, then the
    /// drill-downs to ledger positions.
    var tables: [ReportTable] {
        skippedRecordTable + [
            ReportTable(
                title: "Rules", note: periodNote + " Every figure is drilled down to ledger positions under Clocks.",
                header: [
                    "rulebook", "clock", "limit", "instances in period", "met", "breached", "open overdue",
                    "open in time", "indeterminate", "% in time", "median", "p90", "unit",
                ],
                rows: rules.map { rule in
                    ["\(rule.rulebook.name) \(rule.rulebook.version)", rule.clockID, rule.limitText]
                        + Self.cells(rule.counts)
                        + [text(rule.medianDuration), text(rule.percentile90Duration), rule.durationUnit.rawValue]
                },
                clockLinkColumn: 1),
            groupTable(title: "By team", column: "team", groups: teams),
            groupTable(title: "By worker", column: "worker", groups: workers),
            recordingTable,
            ReportTable(
                title: "Breaches",
                note: "Breached and open-overdue clocks, with the positions of their start and stop, and why each "
                    + "is out of time.",
                header: [
                    "clock", "child", "team", "worker", "start", "due", "stop", "limit", "actual", "over",
                    "unit", "status", "start position", "stop position", "why",
                ],
                rows: breaches.map(Self.breachCells), clockLinkColumn: 0),
            unpairedStopTable,
            lateRecordTable,
            ReportTable(
                title: "Clocks", note: "Every clock counted above.",
                header: [
                    "rulebook", "clock", "child", "team", "worker", "start", "due", "stop", "status", "actual",
                    "unit", "start position", "stop position",
                ],
                rows: clocks.map(Self.clockCells), clockAnchorColumn: 1),
        ]
    }

    /// The records the fold skipped, when there are any: findings, since the figures leave them out.
    private var skippedRecordTable: [ReportTable] {
        guard !skippedRecords.isEmpty else { return [] }
        return [
            ReportTable(
                title: "Skipped records",
                note: "Records of case streams that do not decode as catalogue events: left out of every figure.",
                header: ["position", "stream", "type", "reason"],
                rows: skippedRecords.map { [String($0.position), $0.stream, $0.type, $0.reason] })
        ]
    }

    /// What "instances in period" means for these parameters.
    private var periodNote: String {
        let from = provenance.parameters["from"] ?? ""
        let to = provenance.parameters["to"] ?? ""
        return
            "Instances in period: clocks started \(from) to \(to), judged as of \(provenance.parameters["asOf"] ?? "")."
    }

    /// The provenance as key/value pairs in print order.
    var provenancePairs: [(String, String)] { provenance.pairs }

    private func groupTable(title: String, column: String, groups: [GroupFigures]) -> ReportTable {
        ReportTable(
            title: title, note: "Allocation as at each clock's start.",
            header: [
                "clock", column, "instances in period", "met", "breached", "open overdue", "open in time",
                "indeterminate",
                "% in time",
            ],
            rows: groups.map { [$0.clockID, $0.group] + Self.cells($0.counts) }, clockLinkColumn: 0)
    }

    private static func cells(_ counts: StatusCounts) -> [String] {
        [counts.instances, counts.met, counts.breached, counts.openOverdue, counts.openInTime, counts.indeterminate]
            .map(String.init) + [counts.inTimeText]
    }

    private static func breachCells(_ row: CountedClock) -> [String] {
        let clock = row.clock
        let over: Int? =
            switch clock.status {
            case .breached(let overrun), .openOverdue(let overrun): overrun.amount
            default: nil
            }
        return [
            clock.clockID, clock.childId, row.team, row.worker, clock.start.londonDate.description,
            clock.due?.description ?? "", clock.stop?.londonDate.description ?? "", clock.limit.description,
            text(clock.duration), text(over), clock.durationUnit.rawValue, clock.status.label,
            String(clock.startPosition), text(clock.stopPosition), breachReason(clock),
        ]
    }

    /// Why a breached or open-overdue clock is out of time, naming its due date. A stop on a non-working day
    /// after a working-day deadline is late by date although no further working day has passed (DOMAIN.md
    /// R4), so its `actual` does not exceed the limit: the reason says so.
    static func breachReason(_ clock: Clock) -> String {
        let due = clock.due?.description ?? "unknown"
        switch clock.status {
        case .breached(let overrun):
            let stop = clock.stop.map { "\($0.londonDate) (\(weekdayName($0.londonDate)))" } ?? "the end of the episode"
            let withinCount = overrun.unit == .workingDays && (clock.duration ?? 0) <= clock.limit.count
            let late = withinCount ? "; a stop on a non-working day after the deadline is late by date (R4)" : ""
            return "stopped \(stop), after the due date \(due)\(late)"
        case .openOverdue: return "not stopped, and past the due date \(due)"
        default: return ""
        }
    }

    private static func weekdayName(_ date: CivilDate) -> String {
        ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][date.isoWeekday - 1]
    }
}

extension ComplianceReport {
    private var recordingTable: ReportTable {
        ReportTable(
            title: "Late recording",
            note: "Events that occurred in the period, by type, against the recording standard "
                + "(\(provenance.parameters["recordingStandard"] ?? "")). Each late one is listed under Late records.",
            header: ["event type", "limit WD", "judged", "late", "% late", "max lag WD"],
            rows: recording.map {
                [
                    $0.typeName, String($0.limitWorkingDays), String($0.recordedCount), String($0.lateCount),
                    $0.lateText,
                    text($0.lagWorkingDaysMax),
                ]
            })
    }

    private var lateRecordTable: ReportTable {
        ReportTable(
            title: "Late records", note: "Lag: working days from the event to the day it was recorded.",
            header: [
                "event type", "child", "team", "worker", "occurred", "recorded", "lag WD", "limit WD", "position",
            ],
            rows: lateRecords.map { row in
                let record = row.record
                return [
                    record.typeName, record.childId, row.team, row.worker, record.occurredOn.description,
                    record.recordedOn.description, String(record.lagWorkingDays), String(record.limitWorkingDays),
                    String(record.position),
                ]
            })
    }

    private static func clockCells(_ row: CountedClock) -> [String] {
        let clock = row.clock
        return [
            "\(clock.rulebook.name) \(clock.rulebook.version)", clock.clockID, clock.childId, row.team, row.worker,
            clock.start.londonDate.description, clock.due?.description ?? "", clock.stop?.londonDate.description ?? "",
            clock.status.label, text(clock.duration), clock.durationUnit.rawValue, String(clock.startPosition),
            text(clock.stopPosition),
        ]
    }
}

/// Empty text for nil, else the value's description.
func text<T: CustomStringConvertible>(_ value: T?) -> String { value?.description ?? "" }

extension ClockStatus {
    /// `met`, `breached`, `openOverdue`, `openInTime`, `indeterminate`.
    var label: String {
        switch self {
        case .met: "met"
        case .breached: "breached"
        case .openOverdue: "openOverdue"
        case .openInTime: "openInTime"
        case .indeterminate: "indeterminate"
        }
    }
}
