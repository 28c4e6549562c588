import TextFormats

// The event's JSON form (docs/event-encoding.md):
// {"eventId":…, <other envelope fields>, "type":"ReferralReceived", "schemaVersion":1, "data":{…}}
// Canonical bytes are TextFormats' CanonicalJSON of that object (sorted keys, no whitespace).

extension CaseEvent {
    /// The top-level keys that are not envelope fields.
    static let headerFieldNames: Set<String> = ["type", "schemaVersion", "data"]

    /// The event as a JSON object value.
    public var jsonValue: JSONValue {
        guard case .object(var members) = Self.encodeValue(envelope) else {
            preconditionFailure("EventEnvelope must encode as a JSON object")
        }
        members["type"] = .string(typeName)
        members["schemaVersion"] = .integer(Int64(schemaVersion))
        members["data"] = data.encodedValue
        return .object(members)
    }

    /// The canonical JSON bytes: equal events give equal bytes, hence equal hashes.
    public var canonicalBytes: [UInt8] { CanonicalJSON.encode(jsonValue) }

    /// Decodes an event from canonical or any valid JSON bytes.
    ///
    /// - Parameter rejectingUnknownKeys: refuse a key that no field of the envelope, the actor or the payload
    ///   defines (`unexpectedField`; the default). Readers of canonical bytes this catalogue wrote may skip
    ///   the check.
    /// - Throws: `CaseEventError` (`notAnObject` for bytes that are not JSON).
    public static func decode(jsonBytes bytes: [UInt8], rejectingUnknownKeys: Bool = true) throws(CaseEventError)
        -> CaseEvent
    {
        let value: JSONValue
        do {
            value = try JSONParser.parse(bytes)
        } catch {
            throw CaseEventError(kind: .notAnObject, path: "", value: "line \(error.line) column \(error.column)")
        }
        return try decode(from: value, rejectingUnknownKeys: rejectingUnknownKeys)
    }

    /// Decodes an event from a parsed JSON value: `type` and `schemaVersion` pick the payload type.
    ///
    /// - Parameter rejectingUnknownKeys: refuse a key, at any depth (`actor.teamID`, `data.teamID`,
    ///   `data.replacement.data.x`), that the types do not define, as CSV refuses an unknown column (the
    ///   default); nothing is silently dropped.
    /// - Throws: `CaseEventError`: unknown type, unsupported version, unexpected field, unknown
    ///   code, invalid date, missing field, missing stream subject, or another shape error.
    public static func decode(from value: JSONValue, rejectingUnknownKeys: Bool = true) throws(CaseEventError)
        -> CaseEvent
    {
        guard case .object(let members) = value else { throw CaseEventError(kind: .notAnObject, path: "") }
        let unexpected = members.keys.filter {
            !EventEnvelope.fieldNames.contains($0) && !headerFieldNames.contains($0)
        }
        if let key = unexpected.min() {  // the first in sorted order, so the finding does not depend on hashing
            throw CaseEventError(kind: .unexpectedField, path: String(key.prefix(EventLimits.idLengthBytesMax)))
        }
        let typeName = try requiredMember("type", in: members) { $0.stringValue }
        let version = try requiredMember("schemaVersion", in: members) { $0.integerValue }
        let dataType = try EventCatalogue.resolve(
            typeName: typeName, schemaVersion: Int(clamping: version), at: "")
        let dataValue = try requiredMember("data", in: members) { $0.objectValue.map(JSONValue.object) }
        var decoder = JSONValueDecoder()
        decoder.rejectsUnknownKeys = rejectingUnknownKeys
        let envelope: EventEnvelope
        if let plain = EventEnvelope(plainMembers: members) {
            envelope = plain
        } else {
            let envelopeValue = JSONValue.object(members.filter { !headerFieldNames.contains($0.key) })
            envelope = try decodeValue(EventEnvelope.self, from: envelopeValue, under: "", typeName: typeName, decoder)
        }
        let data = try decodeValue(dataType, from: dataValue, under: "data", typeName: typeName, decoder)
        return try CaseEvent(envelope: envelope, data: data)
    }

    private static func requiredMember<T>(
        _ key: String, in members: [String: JSONValue], as convert: (JSONValue) -> T?
    ) throws(CaseEventError) -> T {
        guard let member = members[key] else { throw CaseEventError(kind: .missingField, path: key) }
        guard let converted = convert(member) else { throw CaseEventError(kind: .malformed, path: key) }
        return converted
    }

    static func encodeValue(_ value: some Encodable) -> JSONValue {
        do {
            return try JSONValueEncoder().encode(value)
        } catch {
            preconditionFailure("catalogue values always encode: \(error)")
        }
    }

    /// Decodes `type` from `value`, mapping every failure to a `CaseEventError` whose path starts at `prefix`.
    private static func decodeValue<T: Decodable>(
        _ type: T.Type, from value: JSONValue, under prefix: String, typeName: String, _ decoder: JSONValueDecoder
    ) throws(CaseEventError) -> T {
        do {
            return try decoder.decode(type, from: value)
        } catch let error as JSONDecodingError {
            throw translate(error, under: prefix, typeName: typeName)
        } catch {
            throw CaseEventError.shared(error, under: prefix, typeName: typeName)
                ?? CaseEventError(kind: .malformed, path: prefix, typeName: typeName)
        }
    }

    private static func translate(_ error: JSONDecodingError, under prefix: String, typeName: String) -> CaseEventError
    {
        let path = CaseEventError.joinedPath(prefix, error.path == "$" ? "" : error.path)
        switch error.reason {
        case .keyNotFound(let key):
            return CaseEventError(kind: .missingField, path: CaseEventError.joinedPath(path, key), typeName: typeName)
        case .unknownKey(let key):
            let field = CaseEventError.joinedPath(path, String(key.prefix(EventLimits.idLengthBytesMax)))
            return CaseEventError(kind: .unexpectedField, path: field, typeName: typeName)
        default: break
        }
        return CaseEventError(kind: .malformed, path: path, typeName: typeName)
    }
}

extension EventData {
    /// This payload as a JSON value (opens the existential for `JSONValueEncoder`).
    var encodedValue: JSONValue { CaseEvent.encodeValue(self) }
}
