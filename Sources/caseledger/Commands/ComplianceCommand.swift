import CommandLineSupport
import EventStore
import LedgerCalendar
import Projections
import Reports
import Rulebooks

/// `caseledger compliance`: the timescale compliance report of a ledger (docs/compliance-report.md).
enum ComplianceCommand {
    /// The command declaration.
    static let command = Command(
        name: "compliance", summary: "Report timescale compliance per rule, team and worker, with every breach.",
        discussion: """
            Opens the ledger read-only, loads the projections (from the checkpoint when it describes a prefix of \
            this ledger, folding only the events after it; else folding every event) and measures each clock \
            that started from --from to --to (inclusive) against the shipped rulebooks, judged as of --as-of. \
            The output names the ledger \
            position, chain head, rulebooks, calendar and parameters it was built from; with the default \
            --generated-at (the last record's ledger time) the same ledger gives the same bytes.
            """,
        options: [
            LedgerAccess.ledgerOption, ProjectionLoader.checkpointOption, ReportOptions.from, ReportOptions.to,
            ReportOptions.asOf, ReportOptions.rulebook, ReportOptions.authority, ReportOptions.team,
            ReportOptions.setting, format, output, ReportOptions.generatedAt,
        ],
        handler: run)

    private static let format = OptionSpecification.value(
        "format", valueName: "FORMAT", help: "Output format.", choices: ["table", "csv", "json", "html"],
        defaultValue: "table")
    private static let output = OptionSpecification.value(
        "output", valueName: "FILE", help: "Write the report to FILE (atomically) instead of standard output.")

    private static func run(_ invocation: CommandInvocation) throws -> ExitCode {
        let request = try ReportOptions.request(of: invocation)
        let (state, lastEventTime) = try LedgerAccess.withLedger(invocation, mode: .readOnly) { store in
            let state = try ProjectionLoader.load(store, for: invocation).state
            return (state, try ReportOptions.ledgerTime(ofRecordAt: state.lastEventPosition, in: store))
        }
        try ReportOptions.checkTeam(request, in: state, commandPath: invocation.arguments.commandPath)
        try ReportOptions.checkConditionTeams(
            request, in: state, commandPath: invocation.arguments.commandPath)
        let generatedAt = request.generatedAt ?? lastEventTime
        let parameters = request.parameters(generatedAt: generatedAt)
        let report = try ComplianceReport.build(state: state, rulebooks: .shipped, parameters: parameters)
        let text = render(report, format: invocation.arguments.value(format.name) ?? "table")
        if let path = invocation.arguments.value(output.name) {
            try POSIXFileSystem().writeAtomically(Array(text.utf8), toPath: path)
        } else {
            invocation.output.write(text)
        }
        return SkippedRecordText.warn(about: report.skippedRecords, command: "compliance", to: invocation.errorOutput)
    }

    private static func render(_ report: ComplianceReport, format: String) -> String {
        switch format {
        case "csv": report.renderCSV()
        case "json": report.renderJSON()
        case "html": report.renderHTML()
        default: report.renderTable()
        }
    }
}
