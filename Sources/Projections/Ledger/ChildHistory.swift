import CaseModel

/// Everything the ledger says about one child, as now known: effective events with corrections applied
/// and retractions removed.
///
/// A function of the set of events, not of their order in the ledger: a correction or retraction is
/// resolved by its target's id whenever the target arrives (before or after it), and several corrections
/// of one event are applied in the order of their record time, then event id (`SupersessionOrder`); a
/// retraction removes its target whatever else supersedes it.
public struct ChildHistory: Hashable, Sendable {
    /// The child's id.
    public let childId: String
    /// Effective events in ledger order (ascending original position).
    public private(set) var events: [EffectiveEvent] = []
    /// Positions of corrections or retractions whose target is not in this history (a data-quality finding,
    /// never applied), ascending. A later target resolves them.
    public private(set) var unresolvedSupersessionPositions: [UInt64] = []
    /// Every correction and retraction of this stream, by target event id.
    private(set) var supersessionsByTarget: [String: [Supersession]] = [:]
    /// The uncorrected original of every event that has a correction or retraction, by event id.
    private(set) var supersededOriginals: [String: EffectiveEvent] = [:]

    /// Creates an empty history.
    public init(childId: String) { self.childId = childId }

    /// Restores a history from its parts (checkpoint decoding).
    init(
        childId: String, events: [EffectiveEvent], unresolvedSupersessionPositions: [UInt64],
        supersessions: [Supersession], supersededOriginals: [EffectiveEvent]
    ) {
        self.childId = childId
        self.events = events
        self.unresolvedSupersessionPositions = unresolvedSupersessionPositions
        for supersession in supersessions {
            guard let target = Self.target(of: supersession.event) else { continue }
            supersessionsByTarget[target, default: []].append(supersession)
        }
        for original in supersededOriginals { self.supersededOriginals[original.eventId] = original }
    }

    /// Every correction and retraction folded in, in ledger order (checkpoint encoding).
    var supersessions: [Supersession] { supersessionsByTarget.values.joined().sorted { $0.position < $1.position } }

    /// Folds one ledger event of this child's stream into the history.
    ///
    /// - Throws: `CaseEventError` when a correction's replacement cannot stand on this child's stream.
    mutating func apply(_ ledgerEvent: LedgerEvent) throws(CaseEventError) {
        if let redaction = ledgerEvent.event.data(as: Redacted.self) { forget(redaction.redactedEventId) }
        if let target = Self.target(of: ledgerEvent.event) {
            supersessionsByTarget[target, default: []].append(
                Supersession(position: ledgerEvent.position, event: ledgerEvent.event))
            guard supersededOriginals[target] != nil || indexOf(eventId: target) != nil else {
                return unresolvedSupersessionPositions.append(ledgerEvent.position)
            }
            return try resolve(target)
        }
        let effective = EffectiveEvent(event: ledgerEvent.event, position: ledgerEvent.position)
        guard let pending = supersessionsByTarget[effective.eventId] else { return insert(effective) }
        let pendingPositions = Set(pending.map(\.position))
        unresolvedSupersessionPositions.removeAll { pendingPositions.contains($0) }
        supersededOriginals[effective.eventId] = effective
        try resolve(effective.eventId)
    }

    /// Folds one ledger event in (as `apply`), reporting a correction whose replacement cannot stand as
    /// `ProjectionError.invalidCorrection` at the correction's position.
    public mutating func fold(_ ledgerEvent: LedgerEvent) throws(ProjectionError) {
        do {
            try apply(ledgerEvent)
        } catch {
            throw ProjectionError(.invalidCorrection, position: ledgerEvent.position, reason: "\(error.kind)")
        }
    }

    /// The history of one stream folded from its events in ledger order. The projections fold child and
    /// review streams this way; replay folds household and board streams with it too, so corrections and
    /// retractions resolve by target id whatever their order on every kind of stream.
    public static func folding(_ events: some Sequence<LedgerEvent>, id: String) throws(ProjectionError)
        -> ChildHistory
    {
        var history = ChildHistory(childId: id)
        for event in events { try history.fold(event) }
        return history
    }

    /// Effective events whose valid date is on or before `asOf`, in valid-time order (`ValidTimeOrder`).
    public func eventsInValidTimeOrder(asOf: CivilDateBound = .unbounded) -> [EffectiveEvent] {
        ValidTimeOrder.sorted(events.filter { asOf.admits($0.validDate) })
    }

    /// Recomputes the effective form of `eventId` from its original and every supersession of it.
    private mutating func resolve(_ eventId: String) throws(CaseEventError) {
        if let index = indexOf(eventId: eventId) {
            let current = events.remove(at: index)
            if supersededOriginals[eventId] == nil { supersededOriginals[eventId] = current }
        }
        guard let original = supersededOriginals[eventId] else { return }
        let supersessions = SupersessionOrder.sorted(supersessionsByTarget[eventId] ?? [])
        guard !supersessions.contains(where: { $0.event.data is EventRetracted }) else { return }
        var effective = original
        for supersession in supersessions {
            guard let correction = supersession.event.data(as: EventCorrected.self) else { continue }
            effective = try effective.corrected(by: correction, at: supersession.position)
        }
        insert(effective)
    }

    /// Drops everything the history holds of a redacted event (docs/redaction.md): the event, its uncorrected
    /// original and its corrections and retractions, so that no projection uses its content even before (or
    /// without) the erasure of its record, and no checkpoint keeps it. The `Redacted` event itself stays an
    /// ordinary event of the stream; a redacted event's record, once erased, is never read.
    private mutating func forget(_ eventId: String) {
        events.removeAll { $0.eventId == eventId }
        supersededOriginals[eventId] = nil
        if let positions = supersessionsByTarget.removeValue(forKey: eventId)?.map(\.position) {
            unresolvedSupersessionPositions.removeAll { positions.contains($0) }
        }
    }

    /// Inserts `effective` keeping `events` in ascending position.
    private mutating func insert(_ effective: EffectiveEvent) {
        if let last = events.last, last.position > effective.position {
            let index = events.firstIndex { $0.position > effective.position } ?? events.endIndex
            events.insert(effective, at: index)
        } else {
            events.append(effective)
        }
    }

    private func indexOf(eventId: String) -> Int? {
        events.lastIndex { $0.eventId == eventId }
    }

    /// The id of the event `event` corrects or retracts; nil for any other event.
    static func target(of event: CaseEvent) -> String? {
        if let correction = event.data(as: EventCorrected.self) { return correction.correctedEventId }
        if let retraction = event.data(as: EventRetracted.self) { return retraction.retractedEventId }
        return nil
    }
}

/// The order several corrections of one event are applied in: record time (`recordedAt`), then event id.
/// The last one applied gives the effective content; ledger positions play no part.
enum SupersessionOrder {
    static func sorted(_ supersessions: [Supersession]) -> [Supersession] {
        supersessions.sorted {
            ($0.event.envelope.recordedAt.secondsSinceEpoch, $0.event.eventId)
                < ($1.event.envelope.recordedAt.secondsSinceEpoch, $1.event.eventId)
        }
    }
}

/// A correction or retraction as the history keeps it: its ledger position and the event.
struct Supersession: Hashable, Sendable {
    let position: UInt64
    let event: CaseEvent
}
