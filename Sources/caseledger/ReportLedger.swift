import CommandLineSupport
import EventStore
import Projections

/// What the batch reports (`report annual`, `report explain`, `export cin-census`) share: the projections
/// of `--ledger` (from the checkpoint when usable) with the last record's ledger time, and `--output`.
enum ReportLedger {
    /// `--output FILE`.
    static let output = OptionSpecification.value(
        "output", valueName: "FILE", help: "Write to FILE (atomically) instead of standard output.")
    /// `--generated-at INSTANT`.
    static let generatedAt = OptionSpecification.value(
        "generated-at", valueName: "INSTANT",
        help: "Generation time printed in the output (default: the last record's ledger time).")

    /// The projections of the ledger and the generation time: `--generated-at`, else the last record's ledger
    /// time (`none` for an empty ledger).
    /// - Throws: `UsageError` for a bad `--generated-at`; store, file and projection errors.
    static func load(_ invocation: CommandInvocation) throws -> (state: ProjectionState, generatedAt: String) {
        let stamp = try generatedAtArgument(invocation)
        return try LedgerAccess.withLedger(invocation, mode: .readOnly) { store in
            let loaded = try ProjectionLoader.load(store, for: invocation)
            let last = try ReportOptions.ledgerTime(ofRecordAt: loaded.state.lastPosition, in: store)
            return (loaded.state, stamp ?? last)
        }
    }

    /// `--generated-at`, checked, or nil when not given.
    /// - Throws: `UsageError` for a value that is not an instant.
    static func generatedAtArgument(_ invocation: CommandInvocation) throws -> String? {
        try invocation.arguments.value(generatedAt.name, expected: "an instant such as 2015-04-30T18:00:00Z") {
            ReportOptions.isInstant($0) ? $0 : nil
        }
    }

    /// Writes `bytes` to `--output` (atomically), or to standard output.
    static func write(_ bytes: [UInt8], _ invocation: CommandInvocation) throws {
        guard let path = invocation.arguments.value(output.name) else {
            return invocation.output.write(String(decoding: bytes, as: UTF8.self))
        }
        try POSIXFileSystem().writeAtomically(bytes, toPath: path)
    }
}
