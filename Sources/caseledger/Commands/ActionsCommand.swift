import CommandLineSupport
import EventStore
import LedgerCalendar
import Projections
import Reports

/// `caseledger actions status|overdue|history`: an SCR action plan or an LSCB business plan with RAG
/// statuses computed from dates (docs/actions.md).
enum ActionsCommand {
    /// The command group.
    static let command = Command(
        name: "actions", summary: "Track an SCR action plan or an LSCB business plan: status, overdue, history.",
        subcommands: ActionPlan.Listing.allCases.map(listing))

    private static let review = OptionSpecification.value(
        "review", valueName: "R", help: "The serious case review (stream scr-R).")
    private static let board = OptionSpecification.value(
        "board", valueName: "B", help: "The LSCB whose business plan to read (stream board-B).")
    private static let format = OptionSpecification.value(
        "format", valueName: "FORMAT", help: "Output format.", choices: ["text", "csv", "json", "html"],
        defaultValue: "text")

    private static func listing(_ listing: ActionPlan.Listing) -> Command {
        let summaries: [ActionPlan.Listing: String] = [
            .status: "Every action with its lead, target, due date and RAG status.",
            .overdue: "Open actions past their due date.",
            .history: "Every action with every event recorded about it.",
        ]
        return Command(
            name: listing.rawValue, summary: summaries[listing] ?? "",
            options: [
                LedgerAccess.ledgerOption, review, board, ChronologyOptions.knownAt, ChronologyOptions.asOf, format,
                ChronologyOptions.pseudonymise, ChronologyOptions.output,
            ],
            handler: { try run($0, listing) })
    }

    /// The plan of `stream` under `times`, judged by default on the date of the stream's last append, and the
    /// records of the stream that do not decode (the plan is built without them; the caller reports them).
    /// - Throws: `CommandFailure` (66) when the stream has no records.
    static func plan(of stream: String, times: ReplayTimes, store: EventStore) throws
        -> (plan: ActionPlan, skipped: [SkippedRecord])
    {
        let reading = try LedgerEvent.readStream(stream, from: store)
        guard let last = reading.events.last else {
            throw CommandFailure(.notFound, "no stream \(stream) in the ledger")
        }
        let plan = try ActionPlan.build(
            stream: stream, events: reading.events, times: times,
            fallbackJudgementDate: ReplayTimes.appendTime(of: last).londonDate)
        return (plan, reading.skipped)
    }

    private static func run(_ invocation: CommandInvocation, _ listing: ActionPlan.Listing) throws -> ExitCode {
        let arguments = invocation.arguments
        let which = try arguments.exactlyOne(of: [review.name, board.name])
        let stream = (which == review.name ? "scr-" : "board-") + (arguments.value(which) ?? "")
        let knownAt = try ChronologyOptions.knowledgeTimes(of: arguments).first
        let times = ReplayTimes(knownAt: knownAt, asOf: try ChronologyOptions.asOfDate(of: arguments))
        let (plan, skipped) = try LedgerAccess.withLedger(invocation, mode: .readOnly) { store in
            try Self.plan(of: stream, times: times, store: store)
        }
        let pseudonyms = try ChronologyPseudonyms.load(invocation) { $0.assign(for: plan) }
        let text: String
        switch arguments.value(format.name) {
        case "csv": text = plan.renderCSV(listing, pseudonyms)
        case "json": text = plan.renderJSON(listing, pseudonyms)
        case "html": text = plan.renderHTML(listing, pseudonyms)
        default: text = plan.renderText(listing, pseudonyms)
        }
        try ChronologyPseudonyms.save(pseudonyms, invocation)
        try ChronologyPseudonyms.write(text, invocation)
        return SkippedRecordText.warn(
            about: skipped, command: "actions \(listing.rawValue)", to: invocation.errorOutput)
    }
}
