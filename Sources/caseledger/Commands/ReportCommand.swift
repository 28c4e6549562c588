import CommandLineSupport
import EventStore
import LedgerCalendar
import Projections
import Reports
import TextFormats

/// `caseledger report annual|explain`: the LSCB annual-report figures and their drill-down
/// (docs/annual-figures.md).
enum ReportCommand {
    /// The command declaration.
    static let command = Command(
        name: "report", summary: "Annual-report figures (LSCB / DfE definitions) and their drill-down.",
        subcommands: [annual, explain])

    private static let year = OptionSpecification.value(
        "year", valueName: "YYYY-YY", help: "The financial year (1 April – 31 March), e.g. 2014-15.", isRequired: true)
    private static let years = OptionSpecification.value(
        "years", valueName: "N", help: "Years in the trend table, ending with --year (1–20).", defaultValue: "1")
    private static let reference = OptionSpecification.value(
        "reference", valueName: "FILE",
        help: "Reference data: 0–17 population per year and comparators (docs/annual-figures.md).")
    private static let format = OptionSpecification.value(
        "format", valueName: "FORMAT", help: "Output format.", choices: ["text", "csv", "json", "html"],
        defaultValue: "text")
    private static let explainFormat = OptionSpecification.value(
        "format", valueName: "FORMAT", help: "Output format.", choices: ["text", "csv", "json"], defaultValue: "text")
    private static let annual = Command(
        name: "annual", summary: "Print the annual-report figures of a financial year, with an N-year trend.",
        discussion: """
            Loads the projections (from the checkpoint when it describes a prefix of the ledger) and counts every \
            figure of docs/annual-figures.md. Rates per 10,000 need --reference; without it they are omitted \
            with a note. Years the ledger does not fully cover are marked incomplete (*). The output names the \
            ledger position, chain head, definitions, calendar and reference file hash; the same ledger and \
            arguments give the same bytes.
            """,
        options: [
            LedgerAccess.ledgerOption, ProjectionLoader.checkpointOption, year, years, reference, format,
            ReportLedger.output,
            ReportLedger.generatedAt,
        ],
        handler: runAnnual)

    private static let explain = Command(
        name: "explain", summary: "List the children and events counted in one figure, with ledger positions.",
        options: [
            LedgerAccess.ledgerOption, ProjectionLoader.checkpointOption, year, reference, explainFormat,
            ReportLedger.output,
            ReportLedger.generatedAt,
        ],
        arguments: [
            ArgumentSpecification("figure", help: "The figure id (docs/annual-figures.md), e.g. re-referrals.")
        ],
        handler: runExplain)

    private static func runAnnual(_ invocation: CommandInvocation) throws -> ExitCode {
        let yearCount = try invocation.arguments.integer(years.name, in: 1...20) ?? 1
        let (facts, summary, parameters) = try load(invocation, yearCount: yearCount)
        let report = try AnnualReport.build(facts: facts, summary: summary, parameters: parameters)
        let text: String
        switch invocation.arguments.value(format.name) {
        case "csv": text = report.renderCSV()
        case "json": text = report.renderJSON()
        case "html": text = report.renderHTML()
        default: text = report.renderText()
        }
        return try write(text, invocation, skipped: summary.skippedRecords, command: "report annual")
    }

    private static func runExplain(_ invocation: CommandInvocation) throws -> ExitCode {
        let arguments = invocation.arguments
        let name = arguments.value("figure") ?? ""
        guard let figure = AnnualFigure.named(name) else {
            throw UsageError(
                commandPath: arguments.commandPath, argument: name,
                reason: .invalidValue(expected: "a figure id of docs/annual-figures.md, e.g. referrals"))
        }
        let (facts, summary, parameters) = try load(invocation, yearCount: 1)
        let explanation = try AnnualExplanation.build(
            figure: figure, facts: facts, summary: summary, parameters: parameters)
        let text: String
        switch arguments.value(explainFormat.name) {
        case "csv": text = explanation.renderCSV()
        case "json": text = explanation.renderJSON()
        default: text = explanation.renderText()
        }
        return try write(text, invocation, skipped: summary.skippedRecords, command: "report explain")
    }

    /// Reads the options and the reference file, then loads the annual facts of the ledger.
    private static func load(_ invocation: CommandInvocation, yearCount: Int) throws
        -> (AnnualFacts, CheckpointSummary, AnnualParameters)
    {
        let arguments = invocation.arguments
        let reportYear = try arguments.value(year.name, expected: "a financial year such as 2014-15") {
            FinancialYear(argument: $0)
        }!
        let referenceData = try arguments.value(reference.name).map(readReference)
        let (facts, summary, stamp) = try ReportLedger.loadAnnualFacts(invocation)
        let parameters = AnnualParameters(
            year: reportYear, yearCount: yearCount, reference: referenceData, generatedAt: stamp)
        return (facts, summary, parameters)
    }

    private static func readReference(atPath path: String) throws -> AnnualReference {
        let bytes = try InputFile.contents(ofPath: path, sizeBytesMax: AnnualReference.sizeBytesMax)
        do {
            return try AnnualReference.parse(bytes)
        } catch var error {
            error.file = path
            throw error
        }
    }

    /// Writes the report, then lists the case records left out because they do not decode (exit 1 if any).
    private static func write(
        _ text: String, _ invocation: CommandInvocation, skipped: [SkippedRecord], command: String
    ) throws -> ExitCode {
        try ReportLedger.write(Array(text.utf8), invocation)
        return SkippedRecordText.warn(about: skipped, command: command, to: invocation.errorOutput)
    }
}
