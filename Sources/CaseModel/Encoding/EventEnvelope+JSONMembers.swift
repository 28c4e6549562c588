import LedgerCalendar
import TextFormats

// A direct reading of the envelope from an event object's members, without Codable: decoding ~1M events from
// a projection checkpoint spent about a quarter of its time in the synthesized `EventEnvelope.init(from:)`.
// It reads only the plain shapes (strings, dates, instants, a subjects list, a precision code, an actor with
// known keys) and gives up (nil) on anything else, so the Codable path still produces every error.

extension EventEnvelope {
    /// The envelope read directly from an event object's members, or nil when a member is absent, null, of
    /// another shape, not a valid date/instant/code, or a `disclosure` (read by the Codable path instead).
    ///
    /// Equal to the Codable decoding whenever it returns a value; members that are not envelope fields
    /// (`type`, `schemaVersion`, `data`) are ignored.
    init?(plainMembers members: [String: JSONValue]) {
        guard members["disclosure"] == nil,
            case .string(let eventId)? = members["eventId"],
            case .string(let occurredOnText)? = members["occurredOn"],
            let occurredOn = CivilDate(iso8601: occurredOnText),
            case .string(let recordedAtText)? = members["recordedAt"],
            let recordedAt = Instant(iso8601: recordedAtText),
            case .object(let actorMembers)? = members["actor"], let actor = Actor(plainMembers: actorMembers),
            let childId = Self.optionalString(members["childId"]),
            let householdId = Self.optionalString(members["householdId"]),
            let caseId = Self.optionalString(members["caseId"]),
            let boardId = Self.optionalString(members["boardId"]),
            let reviewId = Self.optionalString(members["reviewId"]),
            let occurredAt = Self.optionalInstant(members["occurredAt"]),
            let rationale = Self.optionalString(members["rationale"]),
            let sourceSystem = Self.optionalString(members["sourceSystem"]),
            let sourceRef = Self.optionalString(members["sourceRef"]),
            let subjects = Self.optionalStrings(members["subjects"]),
            let precision = Self.optionalPrecision(members["precision"])
        else { return nil }
        self.init(
            eventId: eventId, childId: childId, householdId: householdId, caseId: caseId, boardId: boardId,
            reviewId: reviewId, occurredOn: occurredOn, occurredAt: occurredAt, recordedAt: recordedAt, actor: actor,
            rationale: rationale, sourceSystem: sourceSystem, sourceRef: sourceRef, subjects: subjects,
            precision: precision)
    }

    /// `.some(nil)` when absent, `.some(text)` for a string, nil (give up) otherwise.
    static func optionalString(_ value: JSONValue?) -> String?? {
        guard let value else { return .some(nil) }
        guard case .string(let text) = value else { return nil }
        return .some(text)
    }

    /// `.some(nil)` when absent, `.some(instant)` for a valid instant string, nil (give up) otherwise.
    static func optionalInstant(_ value: JSONValue?) -> Instant?? {
        guard let value else { return .some(nil) }
        guard case .string(let text) = value, let instant = Instant(iso8601: text) else { return nil }
        return .some(instant)
    }

    private static func optionalStrings(_ value: JSONValue?) -> [String]?? {
        guard let value else { return .some(nil) }
        guard case .array(let elements) = value else { return nil }
        var texts: [String] = []
        texts.reserveCapacity(elements.count)
        for element in elements {
            guard case .string(let text) = element else { return nil }
            texts.append(text)
        }
        return .some(texts)
    }

    private static func optionalPrecision(_ value: JSONValue?) -> OccurrencePrecision?? {
        guard let value else { return .some(nil) }
        guard case .string(let text) = value, let precision = OccurrencePrecision(rawValue: text) else { return nil }
        return .some(precision)
    }
}

extension Actor {
    /// The keys an actor object may have.
    static let fieldNames: Set<String> = [
        "recordedBy", "team", "agency", "decidedBy", "authorisedBy", "authorisedAt",
    ]

    /// The actor read directly from its members, or nil when a key is unknown or a member is of another shape
    /// (the Codable path then decodes it and reports the error).
    init?(plainMembers members: [String: JSONValue]) {
        guard members.keys.allSatisfy(Self.fieldNames.contains),
            case .string(let recordedBy)? = members["recordedBy"],
            let team = EventEnvelope.optionalString(members["team"]),
            let agency = EventEnvelope.optionalString(members["agency"]),
            let decidedBy = EventEnvelope.optionalString(members["decidedBy"]),
            let authorisedBy = EventEnvelope.optionalString(members["authorisedBy"]),
            let authorisedAt = EventEnvelope.optionalInstant(members["authorisedAt"])
        else { return nil }
        self.init(
            recordedBy: recordedBy, team: team, agency: agency, decidedBy: decidedBy, authorisedBy: authorisedBy,
            authorisedAt: authorisedAt)
    }
}
