/// What the command line asked for, shared by every benchmark of one invocation.
struct BenchSettings: Sendable {
    /// True for `--quick`: small sizes, fewer runs.
    var isQuick: Bool
    /// Seed of every generated workload (`--seed`); the same seed gives the same events.
    var seed: UInt64
    /// Where the fresh scratch directory is created (`--dir`, default `/tmp`).
    var parentDirectory: String
    /// The commit label from `--commit`, overriding what `.git` says.
    var commitOverride: String?
    /// The baseline file name from `--save`: results go to `Tools/caseledger-bench/Baselines/<name>.txt`.
    var saveName: String?
    /// The command line, for the report header.
    var commandLine: String

    /// The sizes `isQuick` selects.
    var sizes: WorkloadSizes { isQuick ? .quick : .full }
}
