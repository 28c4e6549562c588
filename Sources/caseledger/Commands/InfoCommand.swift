import CommandLineSupport
import EventStore
import TextFormats

/// `caseledger info --ledger DIR [--json]`: summarises a ledger.
enum InfoCommand {
    /// The command declaration.
    static let command = Command(
        name: "info", summary: "Summarise a ledger: records, streams, segments, size and chain head.",
        options: [LedgerAccess.ledgerOption, LedgerAccess.jsonFlag], handler: run)

    private static func run(_ invocation: CommandInvocation) throws -> ExitCode {
        let info = try LedgerAccess.withLedger(invocation, mode: .readOnly) { $0.info }
        if invocation.arguments.flag(LedgerAccess.jsonFlag.name) {
            invocation.output.write(JSONOutput.line(json(info)))
        } else {
            invocation.output.write(text(info, directory: LedgerAccess.directory(of: invocation)))
        }
        return .success
    }

    private static func json(_ info: StoreInfo) -> JSONValue {
        .object([
            "recordCount": JSONOutput.integer(info.recordCount),
            "lastPosition": info.lastPosition.map(JSONOutput.integer) ?? .null,
            "chainHead": .string(HexText.encode(info.chainHead)),
            "segmentCount": .integer(Int64(info.segmentCount)),
            "streamCount": .integer(Int64(info.streamCount)),
            "sizeBytes": JSONOutput.integer(info.sizeBytes),
        ])
    }

    private static func text(_ info: StoreInfo, directory: String) -> String {
        let rows = [
            ("ledger", directory),
            ("records", String(info.recordCount)),
            ("last position", info.lastPosition.map { String($0) } ?? "none"),
            ("streams", String(info.streamCount)),
            ("segments", String(info.segmentCount)),
            ("size", "\(info.sizeBytes) bytes"),
            ("chain head", HexText.encode(info.chainHead)),
        ]
        return rows.map { TextTable.padded($0.0, width: 15) + $0.1 + "\n" }.joined()
    }
}
