import CommandLineSupport
import LedgerCalendar
import Projections
import Reports
import Rulebooks
import SyntheticAuthority
import TextFormats

/// The demo's figures from a folded ledger: contents, annual figures, compliance and a chronology.
struct DemoFigures {
    let state: ProjectionState
    let events: [LedgerEvent]
    let parameters: AuthorityParameters
    let workspace: DemoWorkspace

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
                year: last, yearCount: years().count, generatedAt: ReportOptions.lastLedgerTime(of: events)))
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
                generatedAt: ReportOptions.lastLedgerTime(of: events)))
        let path = workspace.complianceReport(year)
        try OutputFile.write(Array(report.renderHTML().utf8), toPath: path)
        out.write("\nTimescale compliance, clocks started in \(year.label), judged as of \(parameters.endDate)\n")
        out.write(DemoText.compliance(report))
        out.write("  % in time = met ÷ (met + breached + open overdue); durations in each rule's unit.\n")
        out.write("  Full report with every breach and clock traced to ledger positions: \(path)\n")
    }

    /// The chronology of one child who had a child-protection plan and a breached timescale: the shortest
    /// such history of at least `chronologyEventCountMin` events, so it fits on a screen.
    private func writeChronology(to out: any TextSink) throws {
        let engine = ClockEngine(rulebooks: .shipped)
        for history in state.childIds.compactMap({ state.children[$0] })
            .filter({ $0.events.count >= Self.chronologyEventCountMin })
            .filter({ history in history.events.contains { $0.typeName == "CpPlanStarted" } })
            .sorted(by: { ($0.events.count, $0.childId) < ($1.events.count, $1.childId) })
        {
            let chronology = try ChildChronology.build(
                history, engine: engine, asOf: parameters.endDate, calendar: parameters.calendar)
            guard chronology.clocks.contains(where: { if case .breached = $0.status { true } else { false } })
            else { continue }
            out.write("\n" + chronology.renderText())
            return
        }
    }

    /// Fewest events in the chronology shown.
    static let chronologyEventCountMin = 16
}
