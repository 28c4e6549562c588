import CommandLineSupport
import EventStore
import Projections

extension ProjectionLoader {
    /// `--checkpoint FILE`: where the projection checkpoint lives.
    static let checkpointOption = OptionSpecification.value(
        "checkpoint", valueName: "FILE", help: "The checkpoint file (default: DIR/projections/checkpoint.bin).")

    /// The checkpoint path of an invocation: `--checkpoint`, else `DIR/projections/checkpoint.bin`.
    static func checkpointPath(of invocation: CommandInvocation) -> String {
        invocation.arguments.value(checkpointOption.name)
            ?? defaultCheckpointPath(ledgerDirectory: LedgerAccess.directory(of: invocation))
    }

    /// The projections of the ledger an invocation opened: from its checkpoint (`--checkpoint`, else the default
    /// path) when usable. A checkpoint that exists but cannot be used (older format, damaged, another ledger) is
    /// named in a warning on standard error before the full rebuild's answer is given.
    static func load(_ store: EventStore, for invocation: CommandInvocation) throws -> Loaded {
        let loaded = try load(store, checkpointPath: checkpointPath(of: invocation))
        if case .full(let reason?) = loaded.method {
            let command = invocation.commandPath.joined(separator: " ")
            invocation.errorOutput.write("\(command): warning: \(reason); rebuilt from position 0\n")
        }
        return loaded
    }
}
