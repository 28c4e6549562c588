import CaseModel
import Projections

/// The replay of a stream the projections do not fold (household, board): the events known at the knowledge
/// time, folded by the same mechanism as child streams (`ChildHistory.folding`, so corrections and
/// retractions resolve by event id whatever their ledger order), each with its revisions as known then.
enum StreamReplay {
    /// The events of `stream` (ledger order) under `times`, in valid-time order, dated on or before the as-of
    /// date; retracted events included and marked.
    /// - Throws: `ProjectionError.invalidCorrection` when a correction's replacement cannot stand.
    static func replay(_ stream: [LedgerEvent], times: ReplayTimes) throws(ProjectionError) -> [ReplayedEvent] {
        let id = stream.first?.event.streamID ?? ""
        return try ChildReplay.replayed(stream.filter(times.isKnown), times: times) {
            (events) throws(ProjectionError) in try ChildHistory.folding(events, id: id)
        }.events
    }
}
