import CaseModel
import CommandLineSupport
import EventStore
import TextFormats

/// A `Redacted` event given to `caseledger redact`, and the checks it must pass before anything is written.
struct RedactionRequest {
    /// The event as given (canonical JSON, one line).
    let line: [UInt8]
    /// The decoded event.
    let event: CaseEvent
    /// Its payload.
    let redaction: Redacted
    /// Where it came from, for messages.
    let origin: String

    /// Decodes `eventBytes`, which must be one catalogue `Redacted` event.
    /// - Throws: `CommandFailure` (`dataError`) otherwise.
    init(eventBytes: [UInt8], origin: String) throws {
        do {
            line = CanonicalJSON.encode(try JSONParser.parse(eventBytes))
            event = try CaseEvent.decode(jsonBytes: line)
        } catch {
            throw CommandFailure(.dataError, "\(origin) is not a valid event: \(error)")
        }
        guard let redaction = event.data(as: Redacted.self) else {
            throw CommandFailure(.dataError, "\(origin) holds a \(event.typeName) event, not a Redacted one")
        }
        self.redaction = redaction
        self.origin = origin
    }

    /// Refuses the redaction unless its `authorisedBy` is one of the ids in the file at `path`.
    func checkAuthorised(byListAt path: String) throws {
        let text = String(decoding: try InputFile.contents(ofPath: path, sizeBytesMax: 1 << 20), as: UTF8.self)
        let authorisers = text.split(whereSeparator: \.isNewline).map {
            $0.prefix { $0 != "#" }.trimmingCharacters(in: .whitespaces)
        }
        guard authorisers.contains(redaction.authorisedBy) else {
            throw CommandFailure(
                .dataError, "\(origin): not authorised: its authorisedBy is not listed in the authorisers file \(path)")
        }
    }

    /// The positions whose payloads the redaction erases: the redacted event's record and the records of its
    /// stream that correct or retract it. Refuses a redacted event the ledger does not hold on the
    /// redaction's stream with the named type.
    func positionsToErase(in store: EventStore) throws -> [UInt64] {
        let targetID = redaction.redactedEventId
        guard let target = try store.record(withSourceID: targetID), target.stream == event.streamID,
            target.type == redaction.redactedType
        else {
            throw CommandFailure(
                .dataError,
                "\(origin): redactedEventId names no \(TerminalText.escaped(redaction.redactedType)) event on "
                    + "stream \(TerminalText.escaped(event.streamID)) in the ledger")
        }
        let supersessions = try store.readStream(event.streamID).filter { record in
            guard !record.payloadErased,
                let superseding = try? CaseEvent.decode(jsonBytes: record.payload, rejectingUnknownKeys: false)
            else { return false }
            return superseding.data(as: EventCorrected.self)?.correctedEventId == targetID
                || superseding.data(as: EventRetracted.self)?.retractedEventId == targetID
        }
        return [target.position] + supersessions.map(\.position)
    }

    /// Appends the event as `caseledger append` would (every import check; a retry returns the original receipt).
    func append(to store: EventStore, errorOutput: any TextSink) throws -> AppendReceipt {
        let request = CaseStreamAppend(
            stream: event.streamID, expectedVersion: .any,
            event: EventToAppend(
                type: event.typeName, schemaVersion: UInt16(event.schemaVersion), sourceID: event.eventId, payload: line
            ),
            origin: origin, errorOutput: errorOutput)
        return try request.append(to: store)
    }
}
