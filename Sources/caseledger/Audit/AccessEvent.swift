import TextFormats

/// One access event's payload: canonical JSON with `user`, `purpose`, `command`, `childId`, `streams` and
/// `noAudit` (docs/access-audit.md). When it happened is the record's ledger time.
struct AccessEvent: Sendable, Equatable {
    var user: String
    var purpose: String
    var command: String
    var childId: String
    var streams: [String]
    var noAudit: Bool

    /// The canonical JSON payload.
    var payload: [UInt8] {
        CanonicalJSON.encode(
            .object([
                "user": .string(user), "purpose": .string(purpose), "command": .string(command),
                "childId": .string(childId), "streams": .array(streams.map(JSONValue.string)),
                "noAudit": .bool(noAudit),
            ]))
    }

    /// Decodes a payload; nil if it is not an access event's.
    init?(payload: [UInt8]) {
        guard case .object(let fields)? = try? JSONParser.parse(payload),
            case .string(let user)? = fields["user"], case .string(let purpose)? = fields["purpose"],
            case .string(let command)? = fields["command"], case .string(let childId)? = fields["childId"],
            case .array(let streams)? = fields["streams"], case .bool(let noAudit)? = fields["noAudit"]
        else { return nil }
        let names = streams.compactMap(\.stringValue)
        guard names.count == streams.count else { return nil }
        self.init(user: user, purpose: purpose, command: command, childId: childId, streams: names, noAudit: noAudit)
    }

    init(user: String, purpose: String, command: String, childId: String, streams: [String], noAudit: Bool) {
        self.user = user
        self.purpose = purpose
        self.command = command
        self.childId = childId
        self.streams = streams
        self.noAudit = noAudit
    }
}
