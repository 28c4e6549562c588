import LedgerCalendar
import Projections

extension ComplianceReport {
    /// Events of one child judged against the recording standard, and the late ones among them.
    ///
    /// An event is judged when its type has a limit, its valid date lies in `from…to` and is not after
    /// `asOf`, and (with a team filter) the event is charged to that team (`AllocationTimeline`).
    static func recordings(
        of history: ChildHistory, allocations: AllocationTimeline, parameters: ComplianceParameters,
        calendar: WorkingDayCalendar
    ) throws(ProjectionError) -> (judged: [JudgedRecording], late: [LateRecordRow]) {
        let standard = parameters.recordingStandard
        let lastDate = min(parameters.to, parameters.asOf)
        var judged: [JudgedRecording] = []
        var late: [LateRecordRow] = []
        for record in try standard.recordingLags(in: history, calendar: calendar)
        where parameters.from <= record.occurredOn && record.occurredOn <= lastDate {
            let allocation = allocations.allocation(chargedFor: record.eventId)
            let team = allocation?.teamId ?? unallocated
            guard parameters.team == nil || parameters.team == team else { continue }
            judged.append(
                JudgedRecording(
                    typeName: record.typeName, limitWorkingDays: record.limitWorkingDays,
                    lagWorkingDays: record.lagWorkingDays))
            if record.isLate {
                late.append(
                    LateRecordRow(record: record, team: team, worker: allocation?.workerId ?? unallocated))
            }
        }
        return (judged, late)
    }

    /// Per-type figures, sorted by type name.
    static func recordingFigures(_ judged: [JudgedRecording]) -> [RecordingFigures] {
        Dictionary(grouping: judged, by: \.typeName).sorted { $0.key < $1.key }.map { typeName, records in
            RecordingFigures(
                typeName: typeName, limitWorkingDays: records[0].limitWorkingDays, recordedCount: records.count,
                lateCount: records.count { $0.lagWorkingDays > $0.limitWorkingDays },
                lagWorkingDaysMax: records.map(\.lagWorkingDays).max())
        }
    }
}
