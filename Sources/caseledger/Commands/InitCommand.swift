import CommandLineSupport
import EventStore

/// `caseledger init --ledger DIR`: creates an empty ledger.
enum InitCommand {
    /// The command declaration.
    static let command = Command(
        name: "init", summary: "Create an empty ledger.",
        discussion: "Creates DIR (and its parents) if missing. Refuses a directory that already holds a ledger.",
        options: [LedgerAccess.ledgerOption], handler: run)

    private static func run(_ invocation: CommandInvocation) throws -> ExitCode {
        let directory = LedgerAccess.directory(of: invocation)
        let store = try EventStore.create(directory: directory)
        try store.close()
        invocation.output.write("created an empty ledger in \(directory)\n")
        return .success
    }
}
