import CommandLineSupport
import EventStore
import Integrity
import TextFormats

/// `caseledger verify --against CHECKPOINT --public-key FILE`: proves the ledger extends a signed checkpoint.
extension VerifyCommand {
    static let againstOption = OptionSpecification.value(
        "against", valueName: "CHECKPOINT",
        help: "Also prove the ledger extends this signed checkpoint (needs --public-key).")
    static let publicKeyOption = OptionSpecification.value(
        "public-key", valueName: "FILE", help: "The checkpoint signer's public key file (with --against).")

    /// The checkpoint file, signature and verdict, for the text and JSON outputs.
    private struct Outcome {
        var path: String
        var checkpoint: LogCheckpoint
        var verdict: CheckpointVerdict
    }

    /// Runs `verify --against`: checks the checkpoint's signature, verifies the ledger, and checks the RFC 9162
    /// consistency proof from the checkpoint's tree to the ledger's.
    static func runAgainstCheckpoint(_ invocation: CommandInvocation, checkpointPath: String) throws -> ExitCode {
        guard let keyPath = invocation.arguments.value(publicKeyOption.name) else {
            throw UsageError(
                commandPath: ["caseledger", "verify"], argument: "--public-key", reason: .missingRequiredOption)
        }
        let verifier = try KeyFiles.verifier(atPath: keyPath)
        let file = try CheckpointFile(path: checkpointPath)
        let checkpoint = file.checkpoint
        guard verifier.verifies(file.note) else {
            invocation.output.write(
                "checkpoint \(checkpointPath) has no valid signature by key \(verifier.name) (\(keyPath)): "
                    + "it proves nothing about this ledger\n")
            return .findings
        }
        // Opened for inspection, as plain verify is: damage is a finding (exit 1), not a refusal to look.
        let store = try EventStore.openForInspection(directory: LedgerAccess.directory(of: invocation))
        defer { try? store.close() }
        let verdict = try store.check(against: checkpoint)
        let outcome = Outcome(path: checkpointPath, checkpoint: checkpoint, verdict: verdict)
        if invocation.arguments.flag(LedgerAccess.jsonFlag.name) {
            invocation.output.write(JSONOutput.line(json(outcome)))
        } else {
            invocation.output.write(text(outcome, directory: LedgerAccess.directory(of: invocation)))
        }
        return verdict.isConsistent ? .success : .findings
    }

    private static func text(_ outcome: Outcome, directory: String) -> String {
        let covered =
            "checkpoint \(outcome.path) (\(outcome.checkpoint.origin), \(outcome.checkpoint.treeSize) records)"
        switch outcome.verdict {
        case .extends(let proof):
            return "ledger \(directory) is intact and extends \(covered): \(proof.newSize) records now, "
                + "consistency proof of \(proof.path.count) hashes verified\n"
        case .damaged(let failure):
            return "ledger \(directory) is damaged: \(failure)\nnothing is proved about \(covered)\n"
        case .shorter(let recordCount, _):
            return "ledger \(directory) does NOT extend \(covered): it holds only \(recordCount) records, "
                + "so records the checkpoint covered were removed\n"
        case .inconsistent(let proof):
            return "ledger \(directory) does NOT extend \(covered): its first \(proof.oldSize) records are not "
                + "the ones the checkpoint signed (rewritten, replaced or reordered, with every hash recomputed); "
                + "\(proof.newSize) records now\n"
        }
    }

    private static func json(_ outcome: Outcome) -> JSONValue {
        let verdictName: String
        var failure: JSONValue = .null
        var recordCount: UInt64?
        switch outcome.verdict {
        case .extends(let proof): (verdictName, recordCount) = ("extends", proof.newSize)
        case .damaged(let found): (verdictName, failure) = ("damaged", .string(found.description))
        case .shorter(let count, _): (verdictName, recordCount) = ("shorter", count)
        case .inconsistent(let proof): (verdictName, recordCount) = ("inconsistent", proof.newSize)
        }
        return .object([
            "extendsCheckpoint": .bool(outcome.verdict.isConsistent),
            "verdict": .string(verdictName),
            "recordCount": recordCount.map(JSONOutput.integer) ?? .null,
            "checkpoint": .object([
                "path": .string(outcome.path), "origin": .string(outcome.checkpoint.origin),
                "treeSize": JSONOutput.integer(outcome.checkpoint.treeSize),
                "rootHash": .string(Base64.encode(outcome.checkpoint.rootHash)),
            ]),
            "failure": failure,
        ])
    }
}
