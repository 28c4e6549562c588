import CaseModel
import Integrity

/// The fold of the ledger that every projection reads: each child's history as now known, and the
/// ledger position and chain head it reflects.
///
/// Deterministic: the same events in the same order give equal states and equal `stateHash`es, whether
/// folded from position 0 or caught up from a checkpoint.
public struct ProjectionState: Hashable, Sendable {
    /// The last position folded in, or nil before any event.
    public private(set) var lastPosition: UInt64?
    /// The chain hash at `lastPosition` (empty before any event).
    public private(set) var chainHead: [UInt8] = []
    /// The position of the last event folded in (not a skipped record), or nil before any event: reports
    /// date themselves by its ledger time.
    public private(set) var lastEventPosition: UInt64?
    /// Histories by child id.
    public private(set) var children: [String: ChildHistory] = [:]
    /// Histories of serious case reviews (`scr-<reviewId>` streams) by review id, folded as a child's is
    /// (its `childId` holds the review id): review-scoped rules pair their clocks on them.
    public private(set) var reviews: [String: ChildHistory] = [:]
    /// Events folded in that concern no child or review stream (household, board): counted, not projected.
    public private(set) var otherStreamEventCount = 0
    /// Case-stream records that did not decode, in position order: skipped, and listed by every report.
    public private(set) var skippedRecords: [SkippedRecord] = []

    /// An empty state.
    public init() {}

    /// Restores a state from its parts (checkpoint decoding).
    init(
        lastPosition: UInt64?, chainHead: [UInt8], lastEventPosition: UInt64?, children: [String: ChildHistory],
        reviews: [String: ChildHistory], otherStreamEventCount: Int, skippedRecords: [SkippedRecord]
    ) {
        self.lastPosition = lastPosition
        self.chainHead = chainHead
        self.lastEventPosition = lastEventPosition
        self.children = children
        self.reviews = reviews
        self.otherStreamEventCount = otherStreamEventCount
        self.skippedRecords = skippedRecords
    }

    /// Folds one event in. Positions must increase (ledger order).
    ///
    /// - Precondition: `event.position` is after `lastPosition` (an out-of-order fold is a bug).
    /// - Throws: `ProjectionError.invalidCorrection` when a correction's replacement lacks the child id.
    public mutating func apply(_ event: LedgerEvent) throws(ProjectionError) {
        if let lastPosition { precondition(event.position > lastPosition, "events must be folded in ledger order") }
        let envelope = event.event.envelope
        switch (event.event.streamKind, envelope.childId, envelope.reviewId) {
        case (.child, let childId?, _): try Self.fold(event, into: &children, id: childId)
        case (.review, _, let reviewId?): try Self.fold(event, into: &reviews, id: reviewId)
        default: otherStreamEventCount += 1
        }
        lastPosition = event.position
        lastEventPosition = event.position
        chainHead = event.chainHash
    }

    private static func fold(_ event: LedgerEvent, into histories: inout [String: ChildHistory], id: String)
        throws(ProjectionError)
    {
        var history = histories[id] ?? ChildHistory(childId: id)
        try history.fold(event)
        histories[id] = history
    }

    /// Notes a case-stream record that did not decode: it is listed in `skippedRecords` and the state's
    /// position and chain head move past it, so a checkpoint never reads it again.
    ///
    /// - Precondition: `record.position` is after `lastPosition`.
    public mutating func skip(_ record: SkippedRecord) {
        if let lastPosition { precondition(record.position > lastPosition, "records must be folded in ledger order") }
        skippedRecords.append(record)
        lastPosition = record.position
        chainHead = record.chainHash
    }

    /// Folds a sequence of events in, in order.
    public mutating func apply(contentsOf events: some Sequence<LedgerEvent>) throws(ProjectionError) {
        for event in events { try apply(event) }
    }

    /// A state folded from `events` (a full rebuild).
    public static func rebuild(from events: some Sequence<LedgerEvent>) throws(ProjectionError) -> ProjectionState {
        var state = ProjectionState()
        try state.apply(contentsOf: events)
        return state
    }

    /// Child ids in ascending order.
    public var childIds: [String] { children.keys.sorted() }

    /// The state hash of a checkpoint of this state without derived sections (the trailer over
    /// `checkpointBody`, docs/compliance-report.md, "Projection checkpoint file"): equal states give equal hashes.
    public var stateHash: [UInt8] { ProjectionCheckpoint(of: self).stateHash }
}
