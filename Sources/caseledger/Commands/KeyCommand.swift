import CommandLineSupport
import EventStore
import Integrity

/// `caseledger key generate --name NAME --private-key FILE --public-key FILE`: a checkpoint signing key pair.
enum KeyCommand {
    /// The command group.
    static let command = Command(
        name: "key", summary: "Create checkpoint signing keys.", subcommands: [generate])

    private static let nameOption = OptionSpecification.value(
        "name", valueName: "NAME",
        help: "The key name, also the checkpoints' origin line (e.g. ledger.example-council.gov.uk/children).",
        isRequired: true)
    private static let privateKeyOption = OptionSpecification.value(
        "private-key", valueName: "FILE", help: "Where to write the private key (created with mode 0600).",
        isRequired: true)
    private static let publicKeyOption = OptionSpecification.value(
        "public-key", valueName: "FILE", help: "Where to write the public (verifier) key.", isRequired: true)

    private static let generate = Command(
        name: "generate", summary: "Generate an Ed25519 key pair for signing checkpoints.",
        discussion: """
            The private key file is created with mode 0600 and never overwritten; keep it off the ledger's \
            machine if you can. Give the public key file to auditors: 'caseledger verify --against' needs it. \
            Formats: docs/checkpoints.md.
            """,
        options: [nameOption, privateKeyOption, publicKeyOption], handler: run)

    private static func run(_ invocation: CommandInvocation) throws -> ExitCode {
        let arguments = invocation.arguments
        let name = arguments.value(nameOption.name) ?? ""
        let privatePath = arguments.value(privateKeyOption.name) ?? ""
        let publicPath = arguments.value(publicKeyOption.name) ?? ""
        guard SignedNote.isValidKeyName(name) else {
            throw UsageError(
                commandPath: ["caseledger", "key", "generate"], argument: "--name",
                reason: .invalidValue(expected: "a non-empty name without spaces or '+'"))
        }
        guard let privateKey = Ed25519PrivateKey(seed: try KeyFiles.randomSeed()) else {
            throw CommandFailure(.software, "a 32-byte seed was refused")
        }
        let signer = try NoteSigner(name: name, privateKey: privateKey)
        try KeyFiles.createNew(atPath: privatePath, text: signer.encoded + "\n", mode: KeyFiles.privateKeyMode)
        try KeyFiles.createNew(atPath: publicPath, text: signer.verifier.encoded + "\n", mode: KeyFiles.publicKeyMode)
        invocation.output.write(
            "wrote private key \(privatePath) (mode 0600) and public key \(publicPath)\n\(signer.verifier.encoded)\n")
        return .success
    }
}
