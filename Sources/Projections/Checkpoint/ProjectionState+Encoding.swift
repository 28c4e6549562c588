import CaseModel
import TextFormats

// The canonical encoding of a projection state (docs/compliance-report.md, "Checkpoints"):
// {"format":"caseledger.projection-state/1","lastPosition":n|null,"chainHead":hex,"otherStreamEvents":n,
//  "children":{id:{"caseState":{…},"events":[{"position":n,"corrections":[n…],"event":{…}}],"unresolved":[n…]}},
//  "skippedRecords":[{"position":n,"chainHash":hex,"stream":s,"type":t,"reason":r}]}
// `skippedRecords` is present only when a record was skipped, so a clean ledger's bytes are unchanged.
// CanonicalJSON sorts keys, so the bytes depend only on the state.

extension ProjectionState {
    /// The format tag of the encoding.
    public static let encodingFormat = "caseledger.projection-state/1"

    /// The state as a JSON value: each child's effective events and derived case state.
    public var jsonValue: JSONValue {
        var childMembers: [String: JSONValue] = [:]
        for (childId, history) in children {
            childMembers[childId] = .object([
                "caseState": CaseState.project(history).jsonValue,
                "events": .array(history.events.map(Self.encode)),
                "unresolved": .array(history.unresolvedSupersessionPositions.map(Self.integer)),
            ])
        }
        var members: [String: JSONValue] = [
            "format": .string(Self.encodingFormat),
            "lastPosition": lastPosition.map(Self.integer) ?? .null,
            "chainHead": .string(HexText.encode(chainHead)),
            "otherStreamEvents": .integer(Int64(otherStreamEventCount)),
            "children": .object(childMembers),
        ]
        if !skippedRecords.isEmpty { members["skippedRecords"] = .array(skippedRecords.map(Self.encode)) }
        return .object(members)
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
        guard let childValues = value["children"]?.objectValue else { throw malformed("children") }
        var children: [String: ChildHistory] = [:]
        for (childId, childValue) in childValues {
            children[childId] = try decodeHistory(childId: childId, from: childValue)
        }
        let last = value["lastPosition"]?.integerValue.flatMap(UInt64.init(exactly:))
        return ProjectionState(
            lastPosition: last, chainHead: head, children: children, otherStreamEventCount: Int(others),
            skippedRecords: try decodeSkipped(value["skippedRecords"]))
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

    private static func decodeHistory(childId: String, from value: JSONValue) throws(ProjectionError) -> ChildHistory {
        let path = "children.\(childId)"
        guard let eventValues = value["events"]?.arrayValue else { throw malformed(path + ".events") }
        guard let unresolved = positions(value["unresolved"]) else { throw malformed(path + ".unresolved") }
        var events: [EffectiveEvent] = []
        for (index, eventValue) in eventValues.enumerated() {
            let eventPath = "\(path).events[\(index)]"
            guard let position = eventValue["position"]?.integerValue.flatMap(UInt64.init(exactly:)),
                let corrections = positions(eventValue["corrections"]), let body = eventValue["event"]
            else { throw malformed(eventPath) }
            do {
                events.append(EffectiveEvent(event: try CaseEvent.decode(from: body), position: position,
                    correctionPositions: corrections))
            } catch {
                throw ProjectionError(.malformedCheckpoint, position: position, reason: "\(eventPath): \(error.kind)")
            }
        }
        return ChildHistory(childId: childId, events: events, unresolvedSupersessionPositions: unresolved)
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
