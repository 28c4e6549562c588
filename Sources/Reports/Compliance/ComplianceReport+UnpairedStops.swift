import LedgerCalendar
import Projections

/// A stop of a linked rule that no clock could take (an assessment authorisation whose assessment is not
/// open), with the team and worker it is charged to: a finding, never dropped (docs/compliance-report.md).
public struct UnpairedStopRow: Hashable, Sendable {
    /// The unpaired stop.
    public var stop: UnpairedStop
    /// The team the stop event is charged to (`AllocationTimeline`).
    public var team: String
    /// The worker the stop event is charged to.
    public var worker: String

    /// Report order: rule, child, stop date, event id (never the ledger position).
    static func reportOrder(_ a: UnpairedStopRow, _ b: UnpairedStopRow) -> Bool {
        (a.stop.ruleID, a.stop.childId, a.stop.stop.londonDate, a.stop.eventId)
            < (b.stop.ruleID, b.stop.childId, b.stop.stop.londonDate, b.stop.eventId)
    }
}

extension ComplianceReport {
    /// The unpaired stops of one child dated in `from…to` (and, with a team filter, charged to that team).
    static func unpairedStopRows(
        _ stops: [UnpairedStop], allocations: AllocationTimeline, parameters: ComplianceParameters
    ) -> [UnpairedStopRow] {
        stops.compactMap { stop in
            let date = stop.stop.londonDate
            guard parameters.from <= date, date <= parameters.to else { return nil }
            let allocation = allocations.allocation(chargedFor: stop.eventId)
            let row = UnpairedStopRow(
                stop: stop, team: allocation?.teamId ?? unallocated, worker: allocation?.workerId ?? unallocated)
            return parameters.team == nil || parameters.team == row.team ? row : nil
        }
    }

    /// The table every renderer prints.
    var unpairedStopTable: ReportTable {
        ReportTable(
            title: "Unpaired stops",
            note: "Stops of linked rules that no open clock could take (not counted in any figure above).",
            header: ["rule", "child", "team", "worker", "event type", "stop", "linked event", "reason", "position"],
            rows: unpairedStops.map { row in
                let stop = row.stop
                return [
                    stop.ruleID, stop.childId, row.team, row.worker, stop.typeName, stop.stop.londonDate.description,
                    stop.linkedEventId ?? "", stop.reason.rawValue, String(stop.position),
                ]
            })
    }
}
