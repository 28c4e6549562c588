import CommandLineSupport
import EventStore
import Projections
import TextFormats

/// `caseledger access-log CHILD`: who read the child's record, when, through which command and why.
enum AccessLogCommand {
    /// The command declaration.
    static let command = Command(
        name: "access-log", summary: "List the recorded reads of a child's record: when, who, what and why.",
        discussion: """
            Reads the child's access stream (access-CHILD), which every audited read appends to before it shows \
            anything: chronology, bundle, and read --stream child-CHILD. Listing it is not itself audited. See \
            docs/access-audit.md.
            """,
        options: [LedgerAccess.ledgerOption, LedgerAccess.jsonFlag], arguments: [ChronologyOptions.child],
        handler: run)

    private static func run(_ invocation: CommandInvocation) throws -> ExitCode {
        let childId = invocation.arguments.value(ChronologyOptions.child.name) ?? ""
        let records = try LedgerAccess.withLedger(invocation, mode: .readOnly) { store in
            try store.readStream(AccessAudit.streamPrefix + childId)
        }
        let asJSON = invocation.arguments.flag(LedgerAccess.jsonFlag.name)
        var undecodable: [UInt64] = []
        if !asJSON {
            invocation.output.write(
                records.isEmpty
                    ? "no access to child \(TerminalText.escaped(childId)) has been recorded\n"
                    : "LEDGER-TIME  POSITION  USER  COMMAND  PURPOSE  [STREAMS READ]\n")
        }
        for record in records {
            guard record.type == AccessAudit.eventType, let access = AccessEvent(payload: record.payload) else {
                undecodable.append(record.position)
                continue
            }
            let time = LedgerTimestamp.text(nanosecondsSinceEpoch: record.ledgerTimestampNanoseconds)
            invocation.output.write(asJSON ? JSONOutput.line(json(access, record, time)) : line(access, record, time))
        }
        guard undecodable.isEmpty else {
            invocation.errorOutput.write(
                "caseledger access-log: \(undecodable.count) record(s) of the access stream are not access events "
                    + "(positions \(undecodable.map(String.init).joined(separator: ", ")))\n")
            return .findings
        }
        return .success
    }

    private static func line(_ access: AccessEvent, _ record: RecordedEvent, _ time: String) -> String {
        let flag = access.noAudit ? " (with --no-audit)" : ""
        return "\(time)  @\(record.position)  \(TerminalText.escaped(access.user))  \(access.command)\(flag)  "
            + "\(TerminalText.escaped(access.purpose))  [\(access.streams.map(TerminalText.escaped).joined(separator: ", "))]\n"
    }

    private static func json(_ access: AccessEvent, _ record: RecordedEvent, _ time: String) -> JSONValue {
        .object([
            "position": JSONOutput.integer(record.position), "ledgerTime": .string(time), "user": .string(access.user),
            "purpose": .string(access.purpose), "command": .string(access.command), "childId": .string(access.childId),
            "streams": .array(access.streams.map(JSONValue.string)), "noAudit": .bool(access.noAudit),
        ])
    }
}
