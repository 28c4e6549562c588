import CommandLineSupport

/// The command tree: one subcommand per benchmark, plus `all`, sharing one set of options.
enum BenchCommand {
    /// The executable's version line.
    static let version = "caseledger-bench 0.1.0"

    /// The root command.
    static let root = Command(
        name: "caseledger-bench", summary: "Measure CaseLedger's storage engine and pipeline.",
        discussion: "Run in release mode (swift run -c release caseledger-bench all --quick). Each benchmark warms "
            + "the disk, discards one warm-up run, and reports median, min and max over the measured runs, with "
            + "ratios against baselines measured in the same run.",
        subcommands: BenchmarkKind.allCases.map(command(for:)) + [allCommand], version: version)

    /// The options every benchmark command accepts.
    static let options: [OptionSpecification] = [
        .flag("quick", help: "Small sizes and 3 runs per benchmark, for a smoke run."),
        .value("seed", valueName: "N", help: "Seed of every generated workload.", defaultValue: String(defaultSeed)),
        .value(
            "dir", valueName: "DIR", help: "Where to create the scratch directory (removed afterwards).",
            defaultValue: defaultParentDirectory),
        .value("commit", valueName: "TEXT", help: "Commit label for the report (default: read from .git)."),
        .value("save", valueName: "NAME", help: "Also write the report to Tools/caseledger-bench/Baselines/NAME.txt."),
    ]

    private static func command(for kind: BenchmarkKind) -> Command {
        Command(name: kind.rawValue, summary: kind.summary, options: options) { invocation in
            try BenchSession.run([kind], invocation: invocation)
        }
    }

    private static let allCommand = Command(
        name: "all", summary: "Every benchmark in turn, in one report.", options: options
    ) { invocation in
        try BenchSession.run(BenchmarkKind.allCases, invocation: invocation)
    }

    /// The seed used when `--seed` is absent.
    static let defaultSeed: UInt64 = 42
    /// The parent of the scratch directory when `--dir` is absent.
    static let defaultParentDirectory = "/tmp"

    /// The settings the parsed options describe.
    /// - Throws: `UsageError` for a seed that is not an unsigned 64-bit integer.
    static func settings(from arguments: ParsedArguments) throws(UsageError) -> BenchSettings {
        let seed = try arguments.value("seed", expected: "an unsigned 64-bit integer") { UInt64($0) }
        return BenchSettings(
            isQuick: arguments.flag("quick"), seed: seed ?? defaultSeed,
            parentDirectory: arguments.value("dir") ?? defaultParentDirectory,
            commitOverride: arguments.value("commit"), saveName: arguments.value("save"),
            commandLine: commandLine(arguments))
    }

    /// The command line as typed, for the report header: `caseledger-bench append --quick --seed 42`.
    private static func commandLine(_ arguments: ParsedArguments) -> String {
        ([arguments.commandPath[0]] + CommandLine.arguments.dropFirst()).joined(separator: " ")
    }
}
