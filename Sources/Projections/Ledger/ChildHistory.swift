import CaseModel

/// Everything the ledger says about one child, as now known: effective events in ledger order, with
/// corrections applied and retractions removed.
public struct ChildHistory: Hashable, Sendable {
    /// The child's id.
    public let childId: String
    /// Effective events in ledger order (ascending original position).
    public private(set) var events: [EffectiveEvent] = []
    /// Positions of corrections or retractions whose target is not (or no longer) in this history: a
    /// data-quality finding, never applied.
    public private(set) var unresolvedSupersessionPositions: [UInt64] = []

    /// Creates an empty history.
    public init(childId: String) { self.childId = childId }

    /// Restores a history from its parts (checkpoint decoding).
    init(childId: String, events: [EffectiveEvent], unresolvedSupersessionPositions: [UInt64]) {
        self.childId = childId
        self.events = events
        self.unresolvedSupersessionPositions = unresolvedSupersessionPositions
    }

    /// Folds one ledger event of this child's stream into the history.
    ///
    /// - Throws: `CaseEventError` when a correction's replacement cannot stand on this child's stream.
    mutating func apply(_ ledgerEvent: LedgerEvent) throws(CaseEventError) {
        let event = ledgerEvent.event
        if let correction = event.data(as: EventCorrected.self) {
            guard let index = indexOf(eventId: correction.correctedEventId) else {
                return unresolvedSupersessionPositions.append(ledgerEvent.position)
            }
            events[index] = try events[index].corrected(by: correction, at: ledgerEvent.position)
        } else if let retraction = event.data(as: EventRetracted.self) {
            guard let index = indexOf(eventId: retraction.retractedEventId) else {
                return unresolvedSupersessionPositions.append(ledgerEvent.position)
            }
            events.remove(at: index)
        } else {
            events.append(EffectiveEvent(event: event, position: ledgerEvent.position))
        }
    }

    /// Effective events whose valid date is on or before `asOf`, in valid-time order.
    public func eventsInValidTimeOrder(asOf: CivilDateBound = .unbounded) -> [EffectiveEvent] {
        events.filter { asOf.admits($0.validDate) }.sorted(by: EffectiveEvent.validTimeOrder)
    }

    private func indexOf(eventId: String) -> Int? {
        events.lastIndex { $0.eventId == eventId }
    }
}
