import CommandLineSupport
import Projections

extension ProjectionLoader {
    /// `--checkpoint FILE`: where the projection checkpoint lives.
    static let checkpointOption = OptionSpecification.value(
        "checkpoint", valueName: "FILE", help: "The checkpoint file (default: DIR/projections/checkpoint.json).")

    /// The checkpoint path of an invocation: `--checkpoint`, else `DIR/projections/checkpoint.json`.
    static func checkpointPath(of invocation: CommandInvocation) -> String {
        invocation.arguments.value(checkpointOption.name)
            ?? defaultCheckpointPath(ledgerDirectory: LedgerAccess.directory(of: invocation))
    }
}
