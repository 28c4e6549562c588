import CaseModel
import TextFormats

// The canonical encoding of a projection state (docs/compliance-report.md, "Checkpoints"):
// {"format":"caseledger.projection-state/4","lastPosition":n|null,"chainHead":hex,"otherStreamEvents":n,
//  "children":{id:{"caseState":{…},"events":[{"position":n,"corrections":[n…],"event":{…}}],"unresolved":[n…],
//  "supersessions":[{"position":n,"corrections":[],"event":{…}}],"originals":[{…as events…}]}},
//  "reviews":{id:{…as a child, without "caseState"}}}
// Version 2 kept every correction and retraction, and the originals they supersede, so that a correction
// folded in before its target (or a second correction) is resolved by id, whatever the ledger order; version 3
// added the review histories; version 4 is both. An older checkpoint is refused, so the loader rebuilds.
// `skippedRecords` (case-stream records that do not decode) is present only when a record was skipped, so a
// clean ledger's bytes are unchanged: [{"position":n,"chainHash":hex,"stream":s,"type":t,"reason":r}].
// CanonicalJSON sorts keys, so the bytes depend only on the state.

extension ProjectionState {
    /// The format tag of the encoding.
    public static let encodingFormat = "caseledger.projection-state/4"

    /// The state as a JSON value: each child's effective events and derived case state.
    public var jsonValue: JSONValue {
        var childMembers: [String: JSONValue] = [:]
        for (childId, history) in children {
            var members = Self.members(of: history)
            members["caseState"] = CaseState.project(history).jsonValue
            childMembers[childId] = .object(members)
        }
        var reviewMembers: [String: JSONValue] = [:]
        for (reviewId, history) in reviews {
            reviewMembers[reviewId] = .object(Self.members(of: history))
        }
        var members: [String: JSONValue] = [
            "format": .string(Self.encodingFormat),
            "lastPosition": lastPosition.map(Self.integer) ?? .null,
            "chainHead": .string(HexText.encode(chainHead)),
            "otherStreamEvents": .integer(Int64(otherStreamEventCount)),
            "children": .object(childMembers),
            "reviews": .object(reviewMembers),
        ]
        if !skippedRecords.isEmpty { members["skippedRecords"] = .array(skippedRecords.map(Self.encode)) }
        return .object(members)
    }

    /// The members every history encodes: its effective events, unresolved supersessions, every correction and
    /// retraction, and the originals they superseded.
    private static func members(of history: ChildHistory) -> [String: JSONValue] {
        [
            "events": .array(history.events.map(encode)),
            "unresolved": .array(history.unresolvedSupersessionPositions.map(integer)),
            "supersessions": .array(
                history.supersessions.map { encode(EffectiveEvent(event: $0.event, position: $0.position)) }),
            "originals": .array(history.supersededOriginals.values.sorted { $0.position < $1.position }.map(encode)),
        ]
    }

    /// Canonical JSON bytes of `jsonValue`.
    public var canonicalBytes: [UInt8] { CanonicalJSON.encode(jsonValue) }

    /// Decodes a state from its canonical (or any equivalent) JSON bytes.
    ///
    /// - Throws: `ProjectionError.malformedCheckpoint` naming the path that is wrong.
    public static func decode(jsonBytes bytes: [UInt8]) throws(ProjectionError) -> ProjectionState {
        let value: JSONValue
        do {
            value = try JSONParser.parse(bytes, documentSizeBytesMax: ProjectionCheckpoint.documentSizeBytesMax)
        } catch {
            throw ProjectionError(.malformedCheckpoint, reason: "state is not JSON (line \(error.line))")
        }
        guard value["format"]?.stringValue == encodingFormat else { throw malformed("format") }
        guard let head = value["chainHead"]?.stringValue.flatMap(HexText.decode) else { throw malformed("chainHead") }
        guard let others = value["otherStreamEvents"]?.integerValue else { throw malformed("otherStreamEvents") }
        let last = value["lastPosition"]?.integerValue.flatMap(UInt64.init(exactly:))
        return ProjectionState(
            lastPosition: last, chainHead: head, children: try histories(value, key: "children"),
            reviews: try histories(value, key: "reviews"), otherStreamEventCount: Int(others),
            skippedRecords: try decodeSkipped(value["skippedRecords"]))
    }

    private static func histories(_ value: JSONValue, key: String) throws(ProjectionError) -> [String: ChildHistory] {
        guard let members = value[key]?.objectValue else { throw malformed(key) }
        var histories: [String: ChildHistory] = [:]
        for (id, member) in members { histories[id] = try decodeHistory(id: id, from: member, path: "\(key).\(id)") }
        return histories
    }

    private static func encode(_ record: SkippedRecord) -> JSONValue {
        .object([
            "position": integer(record.position), "chainHash": .string(HexText.encode(record.chainHash)),
            "stream": .string(record.stream), "type": .string(record.type), "reason": .string(record.reason),
        ])
    }

    private static func decodeSkipped(_ value: JSONValue?) throws(ProjectionError) -> [SkippedRecord] {
        guard let value else { return [] }
        guard let values = value.arrayValue else { throw malformed("skippedRecords") }
        var records: [SkippedRecord] = []
        for (index, recordValue) in values.enumerated() {
            guard let position = recordValue["position"]?.integerValue.flatMap(UInt64.init(exactly:)),
                let chainHash = recordValue["chainHash"]?.stringValue.flatMap(HexText.decode),
                let stream = recordValue["stream"]?.stringValue, let type = recordValue["type"]?.stringValue,
                let reason = recordValue["reason"]?.stringValue
            else { throw malformed("skippedRecords[\(index)]") }
            records.append(
                SkippedRecord(position: position, chainHash: chainHash, stream: stream, type: type, reason: reason))
        }
        return records
    }

    private static func encode(_ effective: EffectiveEvent) -> JSONValue {
        .object([
            "position": integer(effective.position),
            "corrections": .array(effective.correctionPositions.map(integer)),
            "event": effective.event.jsonValue,
        ])
    }

    private static func integer(_ position: UInt64) -> JSONValue { .integer(Int64(position)) }

    private static func decodeHistory(id: String, from value: JSONValue, path: String) throws(ProjectionError)
        -> ChildHistory
    {
        guard let unresolved = positions(value["unresolved"]) else { throw malformed(path + ".unresolved") }
        let supersessions = try decodeEvents(value["supersessions"], at: path + ".supersessions")
        return ChildHistory(
            childId: id, events: try decodeEvents(value["events"], at: path + ".events"),
            unresolvedSupersessionPositions: unresolved,
            supersessions: supersessions.map { Supersession(position: $0.position, event: $0.event) },
            supersededOriginals: try decodeEvents(value["originals"], at: path + ".originals"))
    }

    private static func decodeEvents(_ value: JSONValue?, at path: String) throws(ProjectionError) -> [EffectiveEvent] {
        guard let eventValues = value?.arrayValue else { throw malformed(path) }
        var events: [EffectiveEvent] = []
        for (index, eventValue) in eventValues.enumerated() {
            let eventPath = "\(path)[\(index)]"
            guard let position = eventValue["position"]?.integerValue.flatMap(UInt64.init(exactly:)),
                let corrections = positions(eventValue["corrections"]), let body = eventValue["event"]
            else { throw malformed(eventPath) }
            do {
                events.append(
                    EffectiveEvent(
                        event: try CaseEvent.decode(from: body), position: position, correctionPositions: corrections))
            } catch {
                throw ProjectionError(.malformedCheckpoint, position: position, reason: "\(eventPath): \(error.kind)")
            }
        }
        return events
    }

    private static func positions(_ value: JSONValue?) -> [UInt64]? {
        guard let values = value?.arrayValue else { return nil }
        let decoded = values.compactMap { $0.integerValue.flatMap(UInt64.init(exactly:)) }
        return decoded.count == values.count ? decoded : nil
    }

    private static func malformed(_ path: String) -> ProjectionError {
        ProjectionError(.malformedCheckpoint, reason: "missing or malformed \(path)")
    }
}
