import CaseModel
import LedgerCalendar
import TextFormats

/// An event as now known: an original event with its latest correction applied (valid time and payload
/// replaced), kept at the position of the original record. Retracted events have no effective form.
public struct EffectiveEvent: Hashable, Sendable {
    /// The event with any correction applied (envelope `occurredOn` / `occurredAt` and payload replaced).
    public var event: CaseEvent
    /// The position of the original record.
    public var position: UInt64
    /// Positions of the corrections applied, in ledger order (empty when never corrected).
    public var correctionPositions: [UInt64]

    /// Creates an effective event.
    public init(event: CaseEvent, position: UInt64, correctionPositions: [UInt64] = []) {
        self.event = event
        self.position = position
        self.correctionPositions = correctionPositions
    }

    /// The event id of the original.
    public var eventId: String { event.eventId }
    /// The effective type name (a correction may replace the payload type).
    public var typeName: String { event.typeName }

    /// The valid-time point used by clocks: the instant when recorded, else the date.
    public var clockPoint: ClockStart {
        event.envelope.occurredAt.map(ClockStart.instant) ?? .date(event.envelope.occurredOn)
    }

    /// The London date of the valid time (used for ordering and as-of filtering).
    public var validDate: CivilDate { clockPoint.londonDate }

    /// The payload's top-level fields as JSON values (for rule conditions and time fields).
    ///
    /// Encodes the payload alone: the same members as `event.jsonValue["data"]`, without encoding the envelope.
    public var dataFields: [String: JSONValue] {
        guard case .object(let members) = event.data.payloadJSONValue else { return [:] }
        return members
    }

    /// Applies a correction: replaces valid time and payload, keeping identity, record time and actor.
    func corrected(by correction: EventCorrected, at correctionPosition: UInt64) throws(CaseEventError)
        -> EffectiveEvent
    {
        var envelope = event.envelope
        envelope.occurredOn = correction.replacement.occurredOn
        envelope.occurredAt = correction.replacement.occurredAt
        let replaced = try CaseEvent(envelope: envelope, data: correction.replacement.data)
        return EffectiveEvent(
            event: replaced, position: position, correctionPositions: correctionPositions + [correctionPosition])
    }
}

extension EventData {
    /// This payload as a JSON value (a protocol extension opens the `any EventData` existential for the encoder).
    fileprivate var payloadJSONValue: JSONValue {
        do {
            return try JSONValueEncoder().encode(self)
        } catch {
            preconditionFailure("catalogue payloads always encode: \(error)")
        }
    }
}
