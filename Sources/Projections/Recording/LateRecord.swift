import LedgerCalendar

/// An event judged against its recording standard: when it occurred, when it was recorded and the lag.
/// `lateRecords` returns only the late ones; `recordingLags` every judged event.
public struct LateRecord: Hashable, Sendable {
    /// The child's id.
    public var childId: String
    /// The event's id.
    public var eventId: String
    /// The event's type.
    public var typeName: String
    /// The ledger position of the (original) record.
    public var position: UInt64
    /// The valid date (after corrections).
    public var occurredOn: CivilDate
    /// The London date of `recordedAt`.
    public var recordedOn: CivilDate
    /// Working days from `occurredOn` to `recordedOn` (elapsed, C1-A).
    public var lagWorkingDays: Int
    /// The standard's limit for this type.
    public var limitWorkingDays: Int

    /// Whether the lag exceeds the limit.
    public var isLate: Bool { lagWorkingDays > limitWorkingDays }
}

extension RecordingStandard {
    /// Every event of `history` recorded later than this standard allows, in ledger order.
    ///
    /// Lag = working days from the valid date to the London date of `recordedAt` (elapsed: same day = 0).
    /// - Throws: `ProjectionError.evaluation` when a date lies outside the calendar's coverage.
    public func lateRecords(in history: ChildHistory, calendar: WorkingDayCalendar) throws(ProjectionError)
        -> [LateRecord]
    {
        try recordingLags(in: history, calendar: calendar).filter(\.isLate)
    }

    /// Every event of `history` whose type this standard has a limit for, late or not, in ledger order.
    ///
    /// - Throws: `ProjectionError.evaluation` when a date lies outside the calendar's coverage.
    public func recordingLags(in history: ChildHistory, calendar: WorkingDayCalendar) throws(ProjectionError)
        -> [LateRecord]
    {
        var judged: [LateRecord] = []
        for effective in history.events {
            guard let limit = limitWorkingDaysByType[effective.typeName] else { continue }
            let envelope = effective.event.envelope
            let recordedOn = envelope.recordedAt.londonDate
            let lag: Int
            do {
                lag = try calendar.workingDays(
                    from: envelope.occurredOn, to: recordedOn, convention: .elapsed, nonWorkingStart: .countFromStart)
            } catch {
                throw ProjectionError(.evaluation, position: effective.position, reason: "recording lag: \(error)")
            }
            judged.append(
                LateRecord(
                    childId: history.childId, eventId: effective.eventId, typeName: effective.typeName,
                    position: effective.position, occurredOn: envelope.occurredOn, recordedOn: recordedOn,
                    lagWorkingDays: lag, limitWorkingDays: limit))
        }
        return judged
    }
}
