import CaseModel
import CommandLineSupport
import LedgerCalendar
import Projections
import Reports
import Rulebooks
import SyntheticAuthority
import TextFormats

/// The demo's figures from a folded ledger: contents, annual figures, compliance, a chronology and the LSCB's
/// overdue actions, each through the library code of its command.
struct DemoFigures {
    let state: ProjectionState
    let events: [LedgerEvent]
    let parameters: AuthorityParameters
    let workspace: DemoWorkspace
    /// Writes a file atomically (the compliance report beside the ledger).
    let writeFile: ([UInt8], String) throws -> Void

    /// Prints every section and writes the HTML compliance report.
    func write(to out: any TextSink) throws {
        let lastDay = parameters.endDate
        var countsByType: [String: Int] = [:]
        for event in events { countsByType[event.event.typeName, default: 0] += 1 }
        out.write("What is in the ledger (\(DecimalText.grouped(events.count)) events, \(countsByType.count) types)\n")
        out.write(DemoText.eventTypes(countsByType))
        out.write("\nCaseload at \(lastDay)\n" + DemoText.caseload(CaseloadSummary(state: state, asOf: lastDay)))
        try writeAnnual(to: out)
        try writeCompliance(to: out)
        try writeChronology(to: out)
        try writeOverdueActions(to: out)
    }

    /// The overdue actions of the LSCB's plans (every review's action plan, then the business plan) as of the
    /// last day, through `caseledger actions overdue`'s library code.
    private func writeOverdueActions(to out: any TextSink) throws {
        let streams = Set(events.map(\.event.streamID)).filter { $0.hasPrefix("scr-") || $0.hasPrefix("board-") }
            .sorted { ($0.hasPrefix("board-") ? 1 : 0, $0) < ($1.hasPrefix("board-") ? 1 : 0, $1) }
        guard !streams.isEmpty else { return }
        out.write(
            "\nOverdue actions of the LSCB's plans as of \(parameters.endDate) (RAG from dates, docs/actions.md)\n")
        for stream in streams {
            let plan = try ActionPlan.build(
                stream: stream, events: events.filter { $0.event.streamID == stream },
                times: ReplayTimes(asOf: parameters.endDate), fallbackJudgementDate: parameters.endDate)
            let overdue = plan.actions.filter { $0.status == .red }
            let command =
                stream.hasPrefix("scr-")
                ? "--review \(stream.dropFirst(4))" : "--board \(stream.dropFirst(6))"
            out.write(
                "  \(stream): \(overdue.count) of \(plan.actions.count) actions overdue "
                    + "(caseledger actions overdue \(command) --as-of \(parameters.endDate))\n")
            for action in overdue {
                out.write(
                    "    \(action.id)  \(action.parent)  lead \(action.leadRole)  due \(action.due?.description ?? "-")"
                        + "  last reported \(action.reportedRAG?.rawValue ?? "-")\n")
            }
        }
    }

    /// The whole financial years inside the simulated period.
    private func years() -> [FinancialYear] {
        let first = FinancialYear(containing: parameters.startDate)
        let last = FinancialYear(containing: parameters.endDate)
        return (first.startYear...last.startYear).map { FinancialYear(startingIn: $0) }
            .filter { $0.firstDay >= parameters.startDate && $0.lastDay <= parameters.endDate }
    }

    private var reportYear: FinancialYear { FinancialYear(containing: parameters.endDate) }

    /// The headline annual-report figures of every whole year, through `caseledger report annual`'s library.
    private func writeAnnual(to out: any TextSink) throws {
        guard let last = years().last else { return }
        let report = try AnnualReport.build(
            state: state,
            parameters: AnnualParameters(
                year: last, yearCount: years().count, generatedAt: LedgerTimestamp.lastText(of: events)))
        out.write("\nAnnual figures (financial years, 1 April – 31 March; 'caseledger report annual' has them all)\n")
        out.write(report.renderTrendTable(ids: Self.annualFigureIDs, indent: "  "))
    }

    /// The annual figures the demo prints.
    static let annualFigureIDs = [
        "referrals", "re-referrals-percent", "assessments-completed", "assessments-within-45wd-percent",
        "s47-enquiries", "icpcs", "cpp-started", "cpp-at-31-march", "cin-at-31-march",
    ]

    private func writeCompliance(to out: any TextSink) throws {
        let year = reportYear
        let report = try ComplianceReport.build(
            state: state, rulebooks: .shipped,
            parameters: ComplianceParameters(
                from: year.firstDay, to: min(year.lastDay, parameters.endDate), asOf: parameters.endDate,
                generatedAt: LedgerTimestamp.lastText(of: events)))
        let path = workspace.complianceReport(year)
        try writeFile(Array(report.renderHTML().utf8), path)
        out.write("\nTimescale compliance, clocks started in \(year.label), judged as of \(parameters.endDate)\n")
        out.write(DemoText.compliance(report))
        out.write("  % in time = met ÷ (met + breached + open overdue); durations in each rule's unit.\n")
        out.write("  Full report with every breach and clock traced to ledger positions: \(path)\n")
    }

    /// The chronology of one child who had a child-protection plan and a late-recorded visit (the shortest
    /// such history of at least `chronologyEventCountMin` events), as known at the end of the day before that
    /// visit was recorded: built by `caseledger chronology`'s library code, so the visit is not yet on file.
    private func writeChronology(to out: any TextSink) throws {
        for history in state.childIds.compactMap({ state.children[$0] })
            .filter({ $0.events.count >= Self.chronologyEventCountMin })
            .filter({ history in history.events.contains { $0.typeName == "CpPlanStarted" } })
            .sorted(by: { ($0.events.count, $0.childId) < ($1.events.count, $1.childId) })
        {
            guard let visit = history.events.first(where: { Self.isLateVisit($0.event.envelope, $0.typeName) }) else {
                continue
            }
            let knownAt = ReplayTimes.endOfDay(visit.event.envelope.recordedAt.londonDate.adding(days: -1))
            let request = ChronologyRequest(childId: history.childId, times: ReplayTimes(knownAt: knownAt))
            let chronology = try ChildChronology.build(
                request, engine: ClockEngine(rulebooks: .shipped), fallbackJudgementDate: parameters.endDate,
                provenance: ChronologyProvenance(
                    ledgerHead: events.last.map(Self.point),
                    ledgerAtKnownAt: events.last { ReplayTimes.appendTime(of: $0) <= knownAt }.map(Self.point),
                    streams: []),
                readStream: { name in events.filter { $0.event.streamID == name } })
            out.write(
                "\nChronology of \(history.childId) as known at \(knownAt) (caseledger chronology \(history.childId) "
                    + "--known-at \(knownAt) --purpose TEXT, with CASELEDGER_USER set):\n  the \(visit.typeName) of \(visit.validDate) (@\(visit.position)) was only "
                    + "recorded on \(visit.event.envelope.recordedAt.londonDate), so it is not shown yet\n")
            out.write(chronology.renderText())
            return
        }
    }

    private static func point(_ event: LedgerEvent) -> ChronologyProvenance.LedgerPoint {
        ChronologyProvenance.LedgerPoint(position: event.position, chainHash: HexText.encode(event.chainHash))
    }

    /// A visit recorded more than `lateVisitLagDaysMin` days after it happened.
    private static func isLateVisit(_ envelope: EventEnvelope, _ typeName: String) -> Bool {
        typeName.contains("Visit")
            && envelope.occurredOn.days(until: envelope.recordedAt.londonDate) > lateVisitLagDaysMin
    }

    /// Days between a visit and its record beyond which the demo calls it late.
    static let lateVisitLagDaysMin = 7

    /// Fewest events in the chronology shown.
    static let chronologyEventCountMin = 16
}
