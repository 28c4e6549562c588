import CommandLineSupport
import LedgerCalendar
import SyntheticAuthority

/// `caseledger-gen`: writes a synthetic local authority as JSONL, one canonical event per line.
enum GeneratorCommand {
    /// Report progress on standard error every this many children, for runs at least this big.
    static let progressIntervalChildren = 10_000

    /// The command declaration.
    static let root = Command(
        name: "caseledger-gen",
        summary: "Generate a deterministic synthetic local authority as JSONL events.",
        discussion: "Children in households, each with a journey through children's social care calibrated to "
            + "national statistics (docs/synthetic-authority.md). One canonical JSON event per line, the format "
            + "`caseledger import` reads. The same seed and options always give the same bytes. Progress and the "
            + "final totals go to standard error.",
        options: [
            .value("seed", valueName: "N", help: "Seed of every random choice (0...2^64-1).", defaultValue: "1"),
            .value("children", valueName: "N", help: "Number of children to generate.", defaultValue: "1000"),
            .value(
                "from", valueName: "YYYY-MM-DD", help: "First day a referral may arrive.", defaultValue: "2012-04-01"),
            .value("to", valueName: "YYYY-MM-DD", help: "Last valid date of any event.", defaultValue: "2016-03-31"),
            .value("output", shortName: "o", valueName: "FILE", help: "Write to FILE instead of standard output."),
        ],
        version: "caseledger-gen 1",
        handler: run)

    /// Parses the options, generates, and reports the totals.
    static func run(_ invocation: CommandInvocation) throws -> ExitCode {
        let arguments = invocation.arguments
        let parameters = AuthorityParameters(
            seed: try arguments.value("seed", expected: "an integer in 0...2^64-1", convert: { UInt64($0) })!,
            childCount: try arguments.integer("children", in: 1...AuthorityParameters.childCountMax)!,
            startDate: try date(arguments, "from"), endDate: try date(arguments, "to"))
        let authority = try SyntheticAuthority(parameters: parameters)
        let output = try arguments.value("output").map(ByteOutput.creating(path:)) ?? ByteOutput.standardOutput()
        let reportsProgress = parameters.childCount >= progressIntervalChildren
        var nextReport = progressIntervalChildren
        let summary = try authority.generateLines(
            into: output.write,
            progress: { summary in
                guard reportsProgress, summary.childCount >= nextReport else { return }
                nextReport += progressIntervalChildren
                invocation.errorOutput.write(
                    "caseledger-gen: \(summary.childCount)/\(parameters.childCount) children, \(summary.eventCount) events\n"
                )
            })
        try output.close()
        invocation.errorOutput.write(
            "caseledger-gen: seed \(parameters.seed): \(summary.householdCount) households, "
                + "\(summary.childCount) children, \(summary.eventCount) events\n")
        return .success
    }

    private static func date(_ arguments: ParsedArguments, _ name: String) throws(UsageError) -> CivilDate {
        try arguments.value(name, expected: "a date YYYY-MM-DD", convert: { CivilDate(iso8601: $0) })!
    }

    /// Parameters out of range are usage errors (64).
    static func errorReport(for error: any Error) -> ErrorReport? {
        guard let error = error as? SyntheticAuthorityError else { return nil }
        return ErrorReport(.usage, error.message)
    }
}
