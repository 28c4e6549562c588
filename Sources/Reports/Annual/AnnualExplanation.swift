import LedgerCalendar
import Projections
import TextFormats

/// The drill-down of one annual figure in one year: every child and event counted, with ledger positions
/// (`caseledger report explain`). For a percentage, the numerator's and the denominator's contributions;
/// for a rate, the numerator's.
public struct AnnualExplanation: Hashable, Sendable {
    /// The figure explained.
    public var figure: AnnualFigure
    /// The year.
    public var year: FinancialYear
    /// The figure's value, as the annual report gives it.
    public var value: AnnualReport.Value
    /// The contributions, grouped by counted figure (numerator first), each group in date, child, position order.
    public var contributions: [AnnualContribution]
    /// Where the figures come from.
    public var provenance: ReportProvenance

    /// Explains `figure` in `parameters.year`.
    /// - Throws: `ProjectionError.evaluation` when a working-day count falls outside the calendar.
    public static func build(
        figure: AnnualFigure, state: ProjectionState, parameters: AnnualParameters,
        calendar: WorkingDayCalendar = .englandAndWales
    ) throws(ProjectionError) -> AnnualExplanation {
        try build(
            figure: figure, facts: AnnualFacts(state: state, calendar: calendar), summary: state.summary,
            parameters: parameters, calendar: calendar)
    }

    /// Explains `figure` in `parameters.year` from the annual facts of a ledger and its state's summary.
    /// - Precondition: `facts` were computed with `calendar`.
    /// - Throws: `ProjectionError.evaluation` when a working-day count fell outside the calendar;
    ///   `.malformedCheckpoint` when stored facts do not decode.
    public static func build(
        figure: AnnualFigure, facts: AnnualFacts, summary: CheckpointSummary, parameters: AnnualParameters,
        calendar: WorkingDayCalendar = .englandAndWales
    ) throws(ProjectionError) -> AnnualExplanation {
        let report = try AnnualReport.build(facts: facts, summary: summary, parameters: parameters, calendar: calendar)
        let counted = countedFigureIDs(of: figure)
        var byFigure: [String: [AnnualContribution]] = [:]
        try facts.forEachContribution(years: [parameters.year]) { item in
            if counted.contains(item.figureID) { byFigure[item.figureID, default: []].append(item) }
        }
        let contributions = counted.flatMap { (byFigure[$0] ?? []).sorted(by: AnnualContribution.drillDownOrder) }
        return AnnualExplanation(
            figure: figure, year: parameters.year,
            value: report.value(figure.id, in: parameters.year) ?? .unavailable("n/a"),
            contributions: contributions, provenance: report.provenance)
    }

    /// The counted figures behind `figure`: itself, or its numerator and denominator.
    static func countedFigureIDs(of figure: AnnualFigure) -> [String] {
        switch figure.kind {
        case .count, .snapshot: [figure.id]
        case .percent(let numerator, let denominator): [numerator, denominator]
        case .ratePer10000(let numerator): [numerator]
        }
    }
}
