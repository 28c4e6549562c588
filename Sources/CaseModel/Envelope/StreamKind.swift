/// The family of EventStore streams an event belongs to, and the envelope id that names its stream.
public enum StreamKind: String, Hashable, Sendable, CaseIterable {
    /// `child-<childId>`: everything about one child.
    case child
    /// `household-<householdId>`: household membership over time (DOMAIN.md §8.1).
    case household
    /// `board-<boardId>`: LSCB / safeguarding-partnership governance.
    case board
    /// `scr-<reviewId>`: one serious case review's lifecycle and action plan.
    case review

    /// The stream-name prefix, including the hyphen.
    public var prefix: String {
        switch self {
        case .child: "child-"
        case .household: "household-"
        case .board: "board-"
        case .review: "scr-"
        }
    }

    /// The envelope field that must carry the subject id.
    public var subjectField: String {
        switch self {
        case .child: "childId"
        case .household: "householdId"
        case .board: "boardId"
        case .review: "reviewId"
        }
    }

    /// The subject id in `envelope` for this kind, if present.
    public func subjectID(in envelope: EventEnvelope) -> String? {
        switch self {
        case .child: envelope.childId
        case .household: envelope.householdId
        case .board: envelope.boardId
        case .review: envelope.reviewId
        }
    }
}
