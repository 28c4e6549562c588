import CommandLineSupport
import EventStore

/// The options every ledger command shares, and opening the ledger they name.
enum LedgerAccess {
    /// `--ledger DIR`: required by every command that touches a ledger.
    static let ledgerOption = OptionSpecification.value(
        "ledger", valueName: "DIR", help: "The ledger directory.", isRequired: true)

    /// `--json`: machine-readable output instead of the human table.
    static let jsonFlag = OptionSpecification.flag("json", help: "Print JSON instead of text.")

    /// The `--ledger` directory of an invocation.
    static func directory(of invocation: CommandInvocation) -> String {
        invocation.arguments.value(ledgerOption.name) ?? ""
    }

    /// Opens the `--ledger` ledger in `mode`, runs `body`, and closes it.
    ///
    /// The store is closed whether or not `body` throws; a failure to close is reported only when
    /// `body` succeeded, so the first error is the one the user sees. A writer brings the Merkle cache up to
    /// date before closing (segments sealed by this command).
    static func withLedger<Result>(
        _ invocation: CommandInvocation, mode: OpenMode, _ body: (EventStore) throws -> Result
    ) throws -> Result {
        let store = try EventStore.open(directory: directory(of: invocation), mode: mode)
        let result: Result
        do {
            result = try body(store)
            // Only a cache (docs/checkpoints.md, "Cost"): a failure to update it never fails the command.
            if mode == .readWrite { try? store.updateMerkleCache() }
        } catch {
            try? store.close()
            throw error
        }
        try store.close()
        return result
    }
}
