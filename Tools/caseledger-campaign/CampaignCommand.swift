import CommandLineSupport
import Foundation
import ProcessCampaigns

/// `caseledger-campaign kill|fuzz`: campaigns that run the built `caseledger` binary as a child process
/// (docs/reliability.md, "Real-process kill campaign" and "Import fuzzing").
enum CampaignCommand {
    static let binaryOption = OptionSpecification.value(
        "binary", valueName: "FILE", help: "The caseledger binary (default: the one beside this tool).")
    static let directoryOption = OptionSpecification.value(
        "directory", valueName: "DIR", help: "A new directory for the ledger and inputs (default: a temporary one).")
    static let seedOption = OptionSpecification.value(
        "seed", valueName: "N", help: "Seed of every random choice.", defaultValue: "1")

    /// The command declaration.
    static let root = Command(
        name: "caseledger-campaign", summary: "Reliability campaigns against the real caseledger binary.",
        subcommands: [killCommand, fuzzCommand], version: "caseledger-campaign 1")

    static let killCommand = Command(
        name: "kill", summary: "SIGKILL imports at seeded moments and check the ledger after each kill.",
        discussion: "Exit 0 if every check passed, 1 if any invariant was violated (each is printed).",
        options: [
            .value("kills", valueName: "N", help: "SIGKILLs to land.", defaultValue: "100"), seedOption,
            .value("probe-interval", valueName: "N", help: "Imports between concurrency probes.", defaultValue: "10"),
            binaryOption, directoryOption,
        ],
        handler: runKill)

    private static func runKill(_ invocation: CommandInvocation) throws -> ExitCode {
        let arguments = invocation.arguments
        let seed = try seed(arguments)
        let directory = try workDirectory(arguments, name: "kill")
        var campaign = try KillCampaign(
            binary: try binary(arguments), directory: directory, seed: seed,
            probeInterval: try arguments.integer("probe-interval", in: 1...1_000_000)!)
        let started = Date()
        try campaign.run(killCount: try arguments.integer("kills", in: 1...1_000_000)!) { line in
            invocation.errorOutput.write("caseledger-campaign: \(line)\n")
        }
        return report(
            "kill", seed: seed, started: started, directory: directory, violations: campaign.figures.violations,
            summary: campaign.figures.summary, to: invocation)
    }

    /// Prints each violation, then the campaign's command line, duration, directory and figures; exit 1 if
    /// any invariant was violated.
    static func report(
        _ campaign: String, seed: UInt64, started: Date, directory: URL, violations: [String], summary: String,
        to invocation: CommandInvocation
    ) -> ExitCode {
        for violation in violations { invocation.output.write(violation + "\n") }
        let seconds = Int(Date().timeIntervalSince(started))
        invocation.output.write(
            "caseledger-campaign \(campaign) --seed \(seed) (\(seconds) s, in \(directory.path))\n" + summary)
        return violations.isEmpty ? .success : .findings
    }

    static func seed(_ arguments: ParsedArguments) throws(UsageError) -> UInt64 {
        try arguments.value("seed", expected: "an integer in 0...2^64-1", convert: { UInt64($0) })!
    }

    static func binary(_ arguments: ParsedArguments) throws -> URL {
        if let path = arguments.value(binaryOption.name) { return URL(fileURLWithPath: path) }
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
            .appendingPathComponent("caseledger")
        guard FileManager.default.isExecutableFile(atPath: beside.path) else {
            throw CommandFailure(.notFound, "no caseledger binary at \(beside.path); build it or pass --binary")
        }
        return beside
    }

    static func workDirectory(_ arguments: ParsedArguments, name: String) throws -> URL {
        if let path = arguments.value(directoryOption.name) {
            guard !FileManager.default.fileExists(atPath: path) else {
                throw CommandFailure(.cannotCreate, "\(path) already exists; name a new directory")
            }
            return URL(fileURLWithPath: path)
        }
        return FileManager.default.temporaryDirectory.appendingPathComponent(
            "caseledger-campaign-\(name)-\(UUID().uuidString)")
    }

    /// Campaign set-up failures are internal errors (70): the campaign could not run.
    static func errorReport(for error: any Error) -> ErrorReport? {
        guard let error = error as? CampaignError else { return nil }
        return ErrorReport(.software, error.description)
    }
}

extension CampaignCommand {
    static let fuzzCommand = Command(
        name: "fuzz", summary: "Import seeded mutations of valid JSONL and CSV files and judge every outcome.",
        discussion: "Exit 0 if every input was imported whole or refused cleanly, 1 otherwise (each violation "
            + "is printed with its case number; the case's file is kept in the directory).",
        options: [
            .value("cases", valueName: "N", help: "Mutated inputs to import.", defaultValue: "1000"), seedOption,
            binaryOption, directoryOption,
        ],
        handler: runFuzz)

    private static func runFuzz(_ invocation: CommandInvocation) throws -> ExitCode {
        let arguments = invocation.arguments
        let seed = try seed(arguments)
        let directory = try workDirectory(arguments, name: "fuzz")
        var campaign = try ImportFuzzCampaign(binary: try binary(arguments), directory: directory, seed: seed)
        let started = Date()
        try campaign.run(caseCount: try arguments.integer("cases", in: 1...10_000_000)!) { line in
            invocation.errorOutput.write("caseledger-campaign: \(line)\n")
        }
        return report(
            "fuzz", seed: seed, started: started, directory: directory, violations: campaign.figures.violations,
            summary: campaign.figures.summary, to: invocation)
    }
}
