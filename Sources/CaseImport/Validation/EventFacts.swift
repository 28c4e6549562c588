import CaseModel
import EventStore
import LedgerCalendar

/// What the cross-event checks need to know about one event, small enough to keep for every row of a
/// large import (the event itself is not kept: pass 2 reads its row again).
struct EventFacts {
    /// A link from this event to another event of its stream.
    enum Link {
        /// `Section47Started.strategyDiscussionEventId`.
        case strategyDiscussion(String)
        /// `AssessmentAuthorised.assessmentEventId`.
        case assessment(String)
        /// `EventCorrected.correctedEventId`.
        case corrects(String)
        /// `EventRetracted.retractedEventId` and `retractedType`.
        case retracts(String, type: String)
    }

    /// Where the event came from.
    enum Origin: Equatable {
        /// Already in the ledger.
        case ledger
        /// Row `ordinal` of the run (0-based over all inputs, in reading order).
        case run(ordinal: Int)
    }

    var origin: Origin
    var eventId: String
    var stream: String
    var typeName: String
    var schemaVersion: Int
    var occurredOn: CivilDate
    /// SHA-256 of the event's canonical bytes (the EventStore payload hash).
    var contentHash: [UInt8]
    var boundary: EpisodeBoundary?
    var link: Link?
    /// For `StrategyDiscussionHeld`: whether it initiated an s47 enquiry.
    var initiatesSection47 = false

    /// Facts of a decoded event; `contentHash` is computed from its canonical bytes.
    init(_ event: CaseEvent, origin: Origin, contentHash: [UInt8]) {
        self.origin = origin
        eventId = event.eventId
        stream = event.streamID
        typeName = event.typeName
        schemaVersion = event.schemaVersion
        occurredOn = event.envelope.occurredOn
        self.contentHash = contentHash
        boundary = type(of: event.data).episodeBoundary
        switch event.data {
        case let started as Section47Started: link = .strategyDiscussion(started.strategyDiscussionEventId)
        case let authorised as AssessmentAuthorised: link = authorised.assessmentEventId.map(Link.assessment)
        case let corrected as EventCorrected: link = .corrects(corrected.correctedEventId)
        case let retracted as EventRetracted:
            link = .retracts(retracted.retractedEventId, type: retracted.retractedType)
        case let discussion as StrategyDiscussionHeld: initiatesSection47 = discussion.initiatesSection47
        default: break
        }
    }

    /// The run ordinal, or nil for a ledger event.
    var ordinal: Int? {
        guard case .run(let ordinal) = origin else { return nil }
        return ordinal
    }
}

extension CaseEvent {
    /// The event as the store record the importer appends: stream, type, version, source id = event id.
    var eventToAppend: EventToAppend {
        let parts = recordParts
        return EventToAppend(
            type: parts.typeName, schemaVersion: UInt16(parts.schemaVersion), sourceID: parts.sourceID,
            metadata: parts.metadata, payload: parts.payload)
    }
}
