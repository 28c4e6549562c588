// Assessment: seeing the child and recorded exceptions, DOMAIN.md §3.4. Start, internal review and
// authorisation are in Events+Assessment.swift.

/// The child was seen (DOMAIN.md §3.4, §8.1 "child's voice"; 001).
public struct ChildSeen: ChildEventData {
    /// `ChildSeen`, version 1.
    public static let typeName = "ChildSeen"
    /// Current schema version.
    public static let schemaVersion = 1

    /// The child was seen alone.
    public var seenAlone: Bool
    /// The child's wishes and feelings were recorded.
    public var wishesAndFeelingsRecorded: Bool

    /// Creates the payload.
    public init(seenAlone: Bool, wishesAndFeelingsRecorded: Bool) {
        self.seenAlone = seenAlone
        self.wishesAndFeelingsRecorded = wishesAndFeelingsRecorded
    }
}

/// An assessment went past its timescale. A recorded exception, not an invalid state; the reason is
/// mandatory (WT2013 ch.1 para 57, in 001).
public struct AssessmentTimescaleExceeded: ChildEventData {
    /// `AssessmentTimescaleExceeded`, version 1.
    public static let typeName = "AssessmentTimescaleExceeded"
    /// Current schema version.
    public static let schemaVersion = 1

    /// Why (free text, required and not blank; never repeated in errors).
    public var reason: String
    /// The timescale exceeded, in working days (45 for a single assessment).
    public var timescaleWorkingDays: Int?

    /// Creates the payload.
    public init(reason: String, timescaleWorkingDays: Int? = nil) {
        self.reason = reason
        self.timescaleWorkingDays = timescaleWorkingDays
    }

    /// A reason is given; the timescale is positive and in range.
    public func issues(in envelope: EventEnvelope) -> [ValidationIssue] {
        IssueRules.requiredText(reason, at: "data.reason")
            + IssueRules.smallCount(timescaleWorkingDays, minimum: 1, at: "data.timescaleWorkingDays")
    }
}
