/// Why an event could not be built or decoded. Names the field and, for codes, ids, dates and type
/// strings, the offending value; never payload free text.
public struct CaseEventError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What went wrong.
    public enum Kind: String, Hashable, Sendable {
        /// The input is not a JSON object (or not JSON at all).
        case notAnObject
        /// A required field is missing.
        case missingField
        /// A field that the envelope, the actor or the payload does not define (a typo such as `occuredOn`).
        case unexpectedField
        /// `type` is not in the catalogue.
        case unknownType
        /// `schemaVersion` is not one this build decodes.
        case unsupportedSchemaVersion
        /// A code field holds a value not in its code list.
        case unknownCode
        /// A date, instant or month field is not a real date in the expected form.
        case invalidDate
        /// Any other shape error (wrong JSON type, out-of-range number), as the decoder reported it.
        case malformed
        /// The envelope lacks the id that names the event's stream (`childId`, `reviewId`, …).
        case missingStreamSubject
    }

    /// What went wrong.
    public var kind: Kind
    /// The field path, e.g. `data.factors[2]`; empty for the whole event.
    public var path: String
    /// The offending code, date, version or type string, if any.
    public var value: String?
    /// The event type, when known.
    public var typeName: String?

    /// Creates an error.
    public init(kind: Kind, path: String, value: String? = nil, typeName: String? = nil) {
        self.kind = kind
        self.path = path
        self.value = value
        self.typeName = typeName
    }

    /// `unknownCode at data.source ("5E") in ReferralReceived`.
    public var description: String {
        var text = "\(kind.rawValue) at \(path.isEmpty ? "event" : path)"
        if let value { text += " (\"\(value)\")" }
        if let typeName { text += " in \(typeName)" }
        return text
    }
}

extension EventCatalogue {
    /// The type for `typeName` at `schemaVersion`, or `unknownType` / `unsupportedSchemaVersion`.
    /// `path` locates the `type` field's parent (empty at top level).
    public static func resolve(typeName: String, schemaVersion: Int, at path: String) throws(CaseEventError)
        -> any EventData.Type
    {
        let prefix = path.isEmpty ? "" : path + "."
        guard let type = type(named: typeName) else {
            throw CaseEventError(
                kind: .unknownType, path: prefix + "type", value: String(typeName.prefix(EventLimits.idLengthBytesMax)))
        }
        guard schemaVersion == type.schemaVersion else {
            throw CaseEventError(
                kind: .unsupportedSchemaVersion, path: prefix + "schemaVersion", value: String(schemaVersion),
                typeName: typeName)
        }
        return type
    }
}
