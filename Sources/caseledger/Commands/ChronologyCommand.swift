import CommandLineSupport
import EventStore
import LedgerCalendar
import Projections
import Reports

/// `caseledger chronology CHILD`: one child's (or household's) chronology as known at a time and as of a
/// date (docs/time.md, docs/chronology.md); `chronology diff` compares two knowledge times.
enum ChronologyCommand {
    /// The command declaration.
    static let command = Command(
        name: "chronology",
        summary: "Print a child's chronology as known at a time (--known-at) and as of a date (--as-of).",
        discussion: """
            Reads only the child's stream (and with --household the household's and the siblings' streams) through \
            the per-stream index. --known-at T keeps what had been recorded by T, with corrections and retractions \
            as they stood then; --as-of D keeps what had happened by D and judges clocks on D. See docs/time.md.
            """,
        options: [
            LedgerAccess.ledgerOption, ChronologyOptions.knownAt, ChronologyOptions.asOf, ChronologyOptions.from,
            ChronologyOptions.to, ChronologyOptions.household, ChronologyOptions.agency,
            ChronologyOptions.pseudonymise, format, ChronologyOptions.output, AccessAudit.purposeOption,
            AccessAudit.noAuditFlag,
        ],
        arguments: [ChronologyOptions.child], subcommands: [ChronologyDiffCommand.command], handler: run)

    private static let format = OptionSpecification.value(
        "format", valueName: "FORMAT", help: "Output format.", choices: ["text", "html", "md", "csv", "json"],
        defaultValue: "text")

    private static func run(_ invocation: CommandInvocation) throws -> ExitCode {
        let arguments = invocation.arguments
        let reader = try AccessAudit.reader(of: invocation)
        let knownAt = try ChronologyOptions.knowledgeTimes(of: arguments)
        guard knownAt.count <= 1 else {
            throw UsageError(
                commandPath: arguments.commandPath, argument: "--known-at",
                reason: .invalidValue(expected: "one --known-at (two are for 'chronology diff')"))
        }
        let request = ChronologyRequest(
            childId: arguments.value(ChronologyOptions.child.name) ?? "",
            times: ReplayTimes(knownAt: knownAt.first, asOf: try ChronologyOptions.asOfDate(of: arguments)),
            filter: try ChronologyOptions.filter(of: arguments),
            includesHousehold: arguments.flag(ChronologyOptions.household.name))
        var skipped: [SkippedRecord] = []
        let chronology = try LedgerAccess.withLedger(invocation, mode: .readOnly) { store in
            try ChronologyLedger.chronology(request, store: store, skipped: &skipped)
        }
        try AccessAudit.record(reader, command: "chronology", streams: chronology.provenance.streams, invocation)
        let pseudonyms = try ChronologyPseudonyms.load(invocation, for: [chronology])
        let text = render(chronology, pseudonyms, format: arguments.value(format.name) ?? "text")
        try ChronologyPseudonyms.save(pseudonyms, invocation)
        try ChronologyPseudonyms.write(text, invocation)
        return SkippedRecordText.warn(about: skipped, command: "chronology", to: invocation.errorOutput)
    }

    /// `chronology` in `format` (`text`, `html`, `md`, `csv`, `json`).
    static func render(_ chronology: ChildChronology, _ pseudonyms: Pseudonyms, format: String) -> String {
        switch format {
        case "html": chronology.renderHTML(pseudonyms)
        case "md": chronology.renderMarkdown(pseudonyms)
        case "csv": chronology.renderCSV(pseudonyms)
        case "json": chronology.renderJSON(pseudonyms)
        default: chronology.renderText(pseudonyms)
        }
    }
}

/// `caseledger chronology diff CHILD --known-at T1 --known-at T2`.
enum ChronologyDiffCommand {
    /// The command declaration.
    static let command = Command(
        name: "diff",
        summary: "What was added, corrected or retracted in a child's chronology between two knowledge times.",
        options: [
            LedgerAccess.ledgerOption, ChronologyOptions.knownAtTwice, ChronologyOptions.asOf,
            ChronologyOptions.household, ChronologyOptions.pseudonymise, ChronologyOptions.output,
            AccessAudit.purposeOption, AccessAudit.noAuditFlag,
        ],
        arguments: [ChronologyOptions.child], handler: run)

    private static func run(_ invocation: CommandInvocation) throws -> ExitCode {
        let arguments = invocation.arguments
        let reader = try AccessAudit.reader(of: invocation)
        let times = try ChronologyOptions.knowledgeTimes(of: arguments).sorted()
        guard times.count == 2 else {
            throw UsageError(
                commandPath: arguments.commandPath, argument: "--known-at",
                reason: .invalidValue(expected: "exactly two --known-at times"))
        }
        let asOf = try ChronologyOptions.asOfDate(of: arguments)
        var skipped: [SkippedRecord] = []
        let chronologies = try LedgerAccess.withLedger(invocation, mode: .readOnly) { store in
            try times.map { time in
                try ChronologyLedger.chronology(
                    ChronologyRequest(
                        childId: arguments.value(ChronologyOptions.child.name) ?? "",
                        times: ReplayTimes(knownAt: time, asOf: asOf),
                        includesHousehold: arguments.flag(ChronologyOptions.household.name)),
                    store: store, skipped: &skipped)
            }
        }
        try AccessAudit.record(
            reader, command: "chronology diff", streams: chronologies.flatMap(\.provenance.streams), invocation)
        let pseudonyms = try ChronologyPseudonyms.load(invocation, for: chronologies)
        let text = ChronologyDiff(earlier: chronologies[0], later: chronologies[1]).renderText(pseudonyms)
        try ChronologyPseudonyms.save(pseudonyms, invocation)
        try ChronologyPseudonyms.write(text, invocation)
        return SkippedRecordText.warn(
            about: Set(skipped).sorted { $0.position < $1.position }, command: "chronology diff",
            to: invocation.errorOutput)
    }
}
