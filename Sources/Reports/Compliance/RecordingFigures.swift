import Projections

/// Recording timeliness of one event type against the recording standard.
public struct RecordingFigures: Hashable, Sendable {
    /// The event type (`StatutoryVisitMade`).
    public var typeName: String
    /// The standard's limit for the type, in working days.
    public var limitWorkingDays: Int
    /// Events of the type that occurred in the period (the ones judged).
    public var recordedCount: Int
    /// Those recorded later than the limit.
    public var lateCount: Int
    /// The longest recording lag among them, in working days (nil when none was judged).
    public var lagWorkingDaysMax: Int?

    /// late ÷ judged in tenths of a percent rounded half up, as `12.5`; `n/a` when nothing was judged.
    public var lateText: String {
        guard recordedCount > 0 else { return "n/a" }
        let perMille = (lateCount * 1000 + recordedCount / 2) / recordedCount
        return "\(perMille / 10).\(perMille % 10)"
    }
}

/// One late record, with the team and worker the child was allocated to on the day the event occurred.
public struct LateRecordRow: Hashable, Sendable {
    /// The late record (its `position` is the ledger record).
    public var record: LateRecord
    /// The team on the event's date.
    public var team: String
    /// The worker on the event's date.
    public var worker: String
}

/// One event judged against the recording standard (internal: the figures are built from these).
struct JudgedRecording {
    let typeName: String
    let limitWorkingDays: Int
    let lagWorkingDays: Int
}
