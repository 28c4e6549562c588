import CommandLineSupport
import EventStore
import Projections
import Reports

/// `caseledger review status|timeline REVIEW`: one serious case review's lifecycle, recommendations and
/// actions (docs/actions.md).
enum ReviewCommand {
    /// The command group.
    static let command = Command(
        name: "review", summary: "Show a serious case review: status (recommendations and actions) or timeline.",
        subcommands: [
            subcommand("status", "Lifecycle events, then every recommendation with its actions and RAG status."),
            subcommand("timeline", "Every event of the review stream in valid-time order."),
        ])

    private static let review = ArgumentSpecification("REVIEW", help: "The review's id (its stream is scr-REVIEW).")
    private static let format = OptionSpecification.value(
        "format", valueName: "FORMAT", help: "Output format.", choices: ["text", "html"], defaultValue: "text")

    private static func subcommand(_ name: String, _ summary: String) -> Command {
        Command(
            name: name, summary: summary,
            options: [
                LedgerAccess.ledgerOption, ChronologyOptions.knownAt, ChronologyOptions.asOf, format,
                ChronologyOptions.pseudonymise, ChronologyOptions.output,
            ],
            arguments: [review], handler: { try run($0, timeline: name == "timeline") })
    }

    private static func run(_ invocation: CommandInvocation, timeline: Bool) throws -> ExitCode {
        let arguments = invocation.arguments
        let stream = "scr-" + (arguments.value(review.name) ?? "")
        let times = ReplayTimes(
            knownAt: try ChronologyOptions.knowledgeTimes(of: arguments).first,
            asOf: try ChronologyOptions.asOfDate(of: arguments))
        let (plan, skipped) = try LedgerAccess.withLedger(invocation, mode: .readOnly) { store in
            try ActionsCommand.plan(of: stream, times: times, store: store)
        }
        let pseudonyms = try ChronologyPseudonyms.load(invocation) { $0.assign(for: plan) }
        let html = arguments.value(format.name) == "html"
        let text =
            timeline
            ? (html ? plan.renderTimelineHTML(pseudonyms) : plan.renderTimeline(pseudonyms))
            : (html ? plan.renderReviewStatusHTML(pseudonyms) : plan.renderReviewStatus(pseudonyms))
        try ChronologyPseudonyms.save(pseudonyms, invocation)
        try ChronologyPseudonyms.write(text, invocation)
        let command = "review " + (timeline ? "timeline" : "status")
        return SkippedRecordText.warn(about: skipped, command: command, to: invocation.errorOutput)
    }
}
