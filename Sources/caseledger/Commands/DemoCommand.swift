import CommandLineSupport
import Demo
import EventStore
import LedgerCalendar
import SyntheticAuthority

/// `caseledger demo`: the main job end to end on an embedded default — a synthetic local authority is
/// generated, imported into a ledger, verified, and shown: what is in it, annual figures, timescale
/// compliance, one child's chronology and the LSCB's overdue actions. The pipeline is the `Demo` library's
/// `DemoRun`; this command only reads its options.
enum DemoCommand {
    /// The command declaration.
    static let command = Command(
        name: "demo", summary: "Build a synthetic local authority's ledger and show its figures and a chronology.",
        discussion: """
            Generates a deterministic synthetic authority (synthetic people only), imports it into a ledger under \
            --dir (one folder per parameter set), verifies every checksum, payload hash and chain link, and prints \
            counts, annual figures, timescale compliance for the last financial year and one child's chronology. \
            The full compliance report (HTML, with every clock drilled down to ledger positions) is written beside \
            the ledger. Run it again and the import appends nothing: events are idempotent by source id.
            """,
        options: [directory, seed, children, from, to], handler: run)

    private static let directory = OptionSpecification.value(
        "dir", valueName: "DIR", help: "Workspace root.", defaultValue: DemoWorkspace.defaultRoot)
    private static let seed = OptionSpecification.value(
        "seed", valueName: "N", help: "Generator seed.", defaultValue: "20130415")
    private static let children = OptionSpecification.value(
        "children", valueName: "N", help: "Children in the authority.", defaultValue: "8000")
    private static let from = OptionSpecification.value(
        "from", valueName: "DATE", help: "First day simulated.", defaultValue: "2012-04-01")
    private static let to = OptionSpecification.value(
        "to", valueName: "DATE", help: "Last day simulated (a 31 March ends a whole financial year).",
        defaultValue: "2016-03-31")

    private static func run(_ invocation: CommandInvocation) throws -> ExitCode {
        let run = DemoRun(
            parameters: try authorityParameters(invocation),
            root: invocation.arguments.value(directory.name) ?? DemoWorkspace.defaultRoot)
        try run.run(output: invocation.output, progress: invocation.errorOutput) { bytes, path in
            try POSIXFileSystem().writeAtomically(bytes, toPath: path)
        }
        return .success
    }

    private static func authorityParameters(_ invocation: CommandInvocation) throws -> AuthorityParameters {
        let arguments = invocation.arguments
        func date(_ option: OptionSpecification) throws(UsageError) -> CivilDate {
            try arguments.value(option.name, expected: "a date YYYY-MM-DD") { CivilDate(iso8601: $0) }!
        }
        let parameters = AuthorityParameters(
            seed: try arguments.value(seed.name, expected: "a whole number ≥ 0") { UInt64($0) }!,
            childCount: try arguments.integer(children.name, in: 1...1_000_000)!,
            startDate: try date(from), endDate: try date(to))
        do {
            try parameters.validate()
        } catch {
            throw CommandFailure(.usage, "\(error)")
        }
        return parameters
    }
}
