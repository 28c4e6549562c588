import LedgerSimulation

#if canImport(Glibc)
    import Glibc
#endif

/// `caseledger-sim --seeds A..B [--cycles N] [--threads] [--storage-faults]` (or `--seed N`): runs the
/// deterministic crash simulation for each seed and prints the figures; exit 1 if any invariant was violated
/// (each violation names its seed, which `--seed` replays), 64 for a bad command line. `--threads` adds
/// appends from several threads at once (replays then follow the same plan, not the same interleaving);
/// `--storage-faults` adds misdirected writes and transient bit flips on reads.
struct SimulationArguments {
    var seeds: ClosedRange<UInt64>
    var cycles = 4
    var threads = false
    var storageFaults = false
}

func parseSeeds(_ arguments: [String]) -> SimulationArguments? {
    var seeds: ClosedRange<UInt64>?
    var cycles = 4
    var flags: Set<String> = []
    var index = 0
    while index < arguments.count {
        if ["--threads", "--storage-faults"].contains(arguments[index]) {
            flags.insert(arguments[index])
            index += 1
            continue
        }
        guard index + 1 < arguments.count else { return nil }
        let value = arguments[index + 1]
        switch arguments[index] {
        case "--seeds":
            let bounds = value.split(separator: ".", omittingEmptySubsequences: true).compactMap { UInt64($0) }
            guard bounds.count == 2, bounds[0] <= bounds[1], value.contains("..") else { return nil }
            seeds = bounds[0]...bounds[1]
        case "--seed":
            guard let seed = UInt64(value) else { return nil }
            seeds = seed...seed
        case "--cycles":
            guard let count = Int(value), count > 0 else { return nil }
            cycles = count
        default: return nil
        }
        index += 2
    }
    guard let seeds else { return nil }
    return SimulationArguments(
        seeds: seeds, cycles: cycles, threads: flags.contains("--threads"),
        storageFaults: flags.contains("--storage-faults"))
}

guard let arguments = parseSeeds(Array(CommandLine.arguments.dropFirst())) else {
    let usage = "usage: caseledger-sim (--seeds A..B | --seed N) [--cycles N] [--threads] [--storage-faults]\n"
    _ = write(STDERR_FILENO, usage, usage.utf8.count)
    exit(64)
}
var figures = SimulationFigures()
for seed in arguments.seeds {
    var run = SimulationRun(
        seed: seed, concurrentAppenders: arguments.threads, storageFaults: arguments.storageFaults)
    let outcome = run.run(cycleCount: arguments.cycles)
    for violation in outcome.violations { print(violation) }
    figures.add(outcome)
}
print(
    "caseledger-sim --seeds \(arguments.seeds.lowerBound)..\(arguments.seeds.upperBound) --cycles \(arguments.cycles)"
        + (arguments.threads ? " --threads" : "") + (arguments.storageFaults ? " --storage-faults" : ""))
print(figures.summary, terminator: "")
exit(figures.violations.isEmpty ? 0 : 1)
