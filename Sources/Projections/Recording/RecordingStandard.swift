/// A local recording standard: how many working days after the event it must be on the case system
/// (DOMAIN.md §8.1; Oldham 003 KPS2/KPS5: visits, strategy minutes and core group minutes ≤ 5 WD).
///
/// A setting, not a constant: callers pass their own set.
public struct RecordingStandard: Hashable, Sendable {
    /// A name recorded with every flag (`oldham.recording`).
    public var name: String
    /// The limit in working days by event type name.
    public var limitWorkingDaysByType: [String: Int]

    /// Creates a standard.
    public init(name: String, limitWorkingDaysByType: [String: Int]) {
        self.name = name
        self.limitWorkingDaysByType = limitWorkingDaysByType
    }

    /// Oldham's practice standards (003): statutory visits, strategy discussions and core groups recorded
    /// within 5 working days.
    public static let oldham = RecordingStandard(
        name: "oldham.recording",
        limitWorkingDaysByType: ["StatutoryVisitMade": 5, "StrategyDiscussionHeld": 5, "CoreGroupMeetingHeld": 5])
}
