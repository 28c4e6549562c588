/// The fields of every event: each catalogue type's payload (`data`), the envelope and the actor, read
/// from their Codable conformances by `FieldRecorder` (so this list cannot drift from the types).
///
/// Rulebooks resolve every field they name against it when they load (docs/rulebook-format.md §3.1).
public enum EventFieldCatalogue {
    /// Payload fields by event type name, in the order the type decodes them.
    public static let payloadFieldsByType: [String: [EventField]] = {
        var table: [String: [EventField]] = [:]
        for type in EventCatalogue.types { table[type.typeName] = recordedFields(of: type) }
        return table
    }()

    /// The envelope's fields (the top-level keys besides `type`, `schemaVersion` and `data`).
    public static let envelopeFields: [EventField] = recordedFields(of: EventEnvelope.self)

    /// The actor's fields (`actor.<name>`).
    public static let actorFields: [EventField] = recordedFields(of: Actor.self)

    /// The payload fields of the type named `typeName`, or nil for a type the catalogue does not have.
    public static func payloadFields(ofType typeName: String) -> [EventField]? { payloadFieldsByType[typeName] }

    /// The payload field `name` of the type named `typeName`, if it has one.
    public static func payloadField(_ name: String, ofType typeName: String) -> EventField? {
        payloadFieldsByType[typeName]?.first { $0.name == name }
    }

    /// The envelope field `name`, if there is one.
    public static func envelopeField(_ name: String) -> EventField? { envelopeFields.first { $0.name == name } }

    /// Every catalogue type is Codable and each of its single-value fields has a placeholder (a test reads
    /// them all), so a failure here is a build defect.
    private static func recordedFields<T: Decodable>(of type: T.Type) -> [EventField] {
        do {
            return try FieldRecorder.fields(of: type)
        } catch {
            preconditionFailure("cannot read the fields of \(T.self): \(error)")
        }
    }
}
