import CommandLineSupport
import EventStore

/// `caseledger checkpoint --ledger DIR --key KEYFILE [--output FILE]`: a signed checkpoint of the ledger.
enum CheckpointCommand {
    /// The command declaration.
    static let command = Command(
        name: "checkpoint", summary: "Sign a checkpoint of the ledger's Merkle tree (tlog-checkpoint format).",
        discussion: """
            Verifies the whole ledger (a damaged ledger is refused), then writes a signed note: the key name as \
            origin, the record count and the base64 RFC 9162 Merkle root, and an Ed25519 signature line. Publish \
            it where the ledger's operators cannot change it; 'caseledger verify --against' later proves the \
            ledger still extends it. Format and use: docs/checkpoints.md.
            """,
        options: [LedgerAccess.ledgerOption, keyOption, outputOption], handler: run)

    private static let keyOption = OptionSpecification.value(
        "key", valueName: "FILE", help: "The private key file ('caseledger key generate').", isRequired: true)
    private static let outputOption = OptionSpecification.value(
        "output", valueName: "FILE", help: "Write the checkpoint here (atomically) instead of standard output.")

    private static func run(_ invocation: CommandInvocation) throws -> ExitCode {
        let signer = try KeyFiles.signer(atPath: invocation.arguments.value(keyOption.name) ?? "")
        let checkpoint = try LedgerAccess.withLedger(invocation, mode: .readOnly) { store in
            try store.checkpoint(origin: signer.name)
        }
        let note = signer.sign(text: checkpoint.noteText).serialized
        guard let outputPath = invocation.arguments.value(outputOption.name) else {
            invocation.output.write(note)
            return .success
        }
        try POSIXFileSystem().writeAtomically(Array(note.utf8), toPath: outputPath)
        invocation.output.write("checkpoint of \(checkpoint.treeSize) records written to \(outputPath)\n")
        return .success
    }
}
