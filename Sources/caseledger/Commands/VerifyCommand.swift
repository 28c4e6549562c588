import CommandLineSupport
import EventStore
import Integrity
import TextFormats

/// `caseledger verify --ledger DIR [--json] [--against CHECKPOINT --public-key FILE]`: re-checks every record,
/// checksum and chain link, and optionally that the ledger extends a signed checkpoint.
enum VerifyCommand {
    /// The command declaration.
    static let command = Command(
        name: "verify", summary: "Check every segment, record checksum and hash-chain link of a ledger.",
        discussion: """
            Opens the ledger read-only (no lock, no repair), even a damaged one, and reads every byte once. \
            Exit status 0 means intact; 1 means damage was found (a damaged or missing MANIFEST included), and \
            the output names the first failure's file or segment, byte offset and position. With --against, \
            also checks the checkpoint's signature with --public-key and proves, by an RFC 9162 consistency \
            proof, that the ledger still holds every record the checkpoint covered, unchanged: a rewrite or \
            truncation with every hash recomputed passes plain verify but fails here (docs/checkpoints.md).
            """,
        options: [LedgerAccess.ledgerOption, LedgerAccess.jsonFlag, againstOption, publicKeyOption], handler: run)

    private static func run(_ invocation: CommandInvocation) throws -> ExitCode {
        if let checkpointPath = invocation.arguments.value(againstOption.name) {
            return try runAgainstCheckpoint(invocation, checkpointPath: checkpointPath)
        }
        if invocation.arguments.value(publicKeyOption.name) != nil {
            throw UsageError(
                commandPath: ["caseledger", "verify"], argument: "--against", reason: .missingRequiredOption)
        }
        let store = try EventStore.openForInspection(directory: LedgerAccess.directory(of: invocation))
        defer { try? store.close() }
        let (report, openDiagnosis) = (try store.verify(), store.openDiagnosis)
        let failure = report.firstFailure ?? openDiagnosis
        if invocation.arguments.flag(LedgerAccess.jsonFlag.name) {
            invocation.output.write(JSONOutput.line(json(report, failure: failure)))
        } else {
            invocation.output.write(text(report, failure: failure, directory: LedgerAccess.directory(of: invocation)))
        }
        return failure == nil ? .success : .findings
    }

    private static func json(_ report: VerifyReport, failure: VerifyFailure?) -> JSONValue {
        .object([
            "intact": .bool(failure == nil),
            "recordsChecked": JSONOutput.integer(report.recordsChecked),
            "chainHead": .string(HexText.encode(report.chainHead)),
            "merkleRoot": .string(Base64.encode(report.merkleRoot)),
            "failure": failure.map(json) ?? .null,
        ])
    }

    private static func json(_ failure: VerifyFailure) -> JSONValue {
        .object([
            "segment": failure.segmentIndex.map { .integer(Int64($0)) } ?? .null,
            "offset": JSONOutput.integer(failure.offset),
            "position": failure.position.map(JSONOutput.integer) ?? .null,
            "what": .string(failure.what),
            "description": .string(failure.description),
        ])
    }

    private static func text(_ report: VerifyReport, failure: VerifyFailure?, directory: String) -> String {
        let head = HexText.encode(report.chainHead)
        guard let failure else {
            return "ledger \(directory) is intact: \(report.recordsChecked) records checked, chain head \(head)\n"
        }
        return "ledger \(directory) is damaged: \(failure)\n"
            + "\(report.recordsChecked) records verified before the failure, chain head \(head)\n"
    }
}
