import LedgerCalendar
import Projections
import TextFormats

/// What an annual report is asked for.
public struct AnnualParameters: Hashable, Sendable {
    /// The report year.
    public var year: FinancialYear
    /// Years in the trend, ending with `year` (at least 1).
    public var yearCount: Int
    /// Population and comparators, when a reference file was given.
    public var reference: AnnualReference?
    /// The generation time printed in the report (an explicit parameter, for byte-identical output).
    public var generatedAt: String

    /// Creates parameters.
    /// - Precondition: `yearCount` is at least 1.
    public init(year: FinancialYear, yearCount: Int = 1, reference: AnnualReference? = nil, generatedAt: String) {
        precondition(yearCount >= 1, "an annual report has at least one year")
        self.year = year
        self.yearCount = yearCount
        self.reference = reference
        self.generatedAt = generatedAt
    }

    /// The years of the trend, ascending.
    public var years: [FinancialYear] {
        ((year.startYear - yearCount + 1)...year.startYear).map { FinancialYear(startingIn: $0) }
    }
}

extension AnnualReport {
    /// Builds the report from a folded ledger (its `AnnualFacts` first).
    /// - Throws: `ProjectionError.evaluation` when a working-day count falls outside the calendar.
    /// - Complexity: O(events log events) for the per-child valid-time sorts, one pass over each history.
    public static func build(
        state: ProjectionState, parameters: AnnualParameters, calendar: WorkingDayCalendar = .englandAndWales
    ) throws(ProjectionError) -> AnnualReport {
        try build(
            facts: AnnualFacts(state: state, calendar: calendar), summary: state.summary, parameters: parameters,
            calendar: calendar)
    }

    /// Builds the report from the annual facts of a ledger and the summary of the state they come from.
    ///
    /// - Precondition: `facts` were computed with `calendar` (`AnnualFacts.key(calendar:)`).
    /// - Throws: `ProjectionError.evaluation` when a working-day count fell outside the calendar;
    ///   `.malformedCheckpoint` when stored facts do not decode.
    public static func build(
        facts: AnnualFacts, summary: CheckpointSummary, parameters: AnnualParameters,
        calendar: WorkingDayCalendar = .englandAndWales
    ) throws(ProjectionError) -> AnnualReport {
        precondition(facts.key == AnnualFacts.key(calendar: calendar), "annual facts of another calendar")
        let years = parameters.years
        var counts: [String: [FinancialYear: Int]] = [:]
        try facts.forEachContribution(years: years) {
            counts[$0.figureID, default: [:]][$0.year, default: 0] += 1
        }
        let coverage = try facts.coverage()
        let rows = AnnualFigure.all.map { figure in
            Row(
                figure: figure,
                cells: years.map { year in
                    Cell(
                        year: year, value: value(of: figure, in: year, counts: counts, reference: parameters.reference),
                        incompleteReason: incompleteReason(of: figure, in: year, coverage: coverage))
                })
        }
        return AnnualReport(
            years: years, rows: rows,
            comparators: parameters.reference?.comparators.filter { $0.year == parameters.year } ?? [],
            notes: notes(rows: rows, parameters: parameters), coverage: coverage,
            provenance: provenance(summary: summary, parameters: parameters, calendar: calendar))
    }

    private static func value(
        of figure: AnnualFigure, in year: FinancialYear, counts: [String: [FinancialYear: Int]],
        reference: AnnualReference?
    ) -> Value {
        let count = { (id: String) in counts[id]?[year] ?? 0 }
        switch figure.kind {
        case .count, .snapshot:
            return .count(count(figure.id))
        case .percent(let numerator, let denominator):
            let whole = count(denominator)
            guard whole > 0 else { return .unavailable("n/a") }
            return .tenths(roundedTenths(count(numerator) * 1_000, dividedBy: whole))
        case .ratePer10000(let numerator):
            guard let reference else { return .unavailable("no reference") }
            guard let population = reference.population[year] else { return .unavailable("no population") }
            return .tenths(roundedTenths(count(numerator) * 100_000, dividedBy: population))
        }
    }

    /// `numerator ÷ denominator`, rounded half up (integer arithmetic: the same bytes on every machine).
    static func roundedTenths(_ numerator: Int, dividedBy denominator: Int) -> Int {
        (2 * numerator + denominator) / (2 * denominator)
    }

    /// Why `year` is incomplete for `figure`: data starting after the year (or its look-back) begins, or
    /// records ending before it is over.
    static func incompleteReason(of figure: AnnualFigure, in year: FinancialYear, coverage: ClosedRange<CivilDate>?)
        -> String?
    {
        guard let coverage else { return "the ledger is empty" }
        let needed = year.firstDay.adding(months: -figure.lookbackMonths)
        if needed < coverage.lowerBound {
            let months = figure.lookbackMonths
            let lookback = months == 0 ? "" : " and the \(months) months before"
            return "the ledger's data start on \(coverage.lowerBound), after the start of the year\(lookback)"
        }
        if coverage.upperBound < year.lastDay {
            return "the ledger's last record is dated \(coverage.upperBound), before the year ends"
        }
        return nil
    }

    /// The earliest valid date and the latest record (London) date of any child event.
    static func coverage(of state: ProjectionState) -> ClosedRange<CivilDate>? {
        var earliest: CivilDate?
        var latest: CivilDate?
        for history in state.children.values {
            for effective in history.events {
                let valid = effective.validDate
                let recorded = effective.event.envelope.recordedAt.londonDate
                earliest = min(earliest ?? valid, valid)
                latest = max(latest ?? recorded, recorded, valid)
            }
        }
        guard let earliest, let latest else { return nil }
        return earliest...latest
    }

    private static func notes(rows: [Row], parameters: AnnualParameters) -> [String] {
        var notes: [String] = []
        if parameters.reference == nil {
            notes.append("Rates per 10,000 children are omitted: no --reference file gives the 0–17 population.")
        }
        let incomplete = Set(rows.flatMap { $0.cells.filter { $0.incompleteReason != nil }.map(\.year) })
        if !incomplete.isEmpty {
            let labels = incomplete.sorted().map(\.label).joined(separator: ", ")
            notes.append(
                "Values marked * are incomplete (\(labels)): the ledger does not cover the year or the history "
                    + "the figure looks back on; they are not comparable with complete years.")
        }
        return notes
    }

    private static func provenance(
        summary: CheckpointSummary, parameters: AnnualParameters, calendar: WorkingDayCalendar
    ) -> ReportProvenance
    {
        let reference = parameters.reference
        let values: [(String, String)] = [
            ("year", parameters.year.label), ("years", String(parameters.yearCount)),
            ("definitions", AnnualFigure.definitionsVersion),
            ("reference", reference.map { "sha256:" + $0.sha256 } ?? "none"),
            ("populationSource", reference?.populationSource ?? "none"),
        ]
        return ReportProvenance(
            ledgerPosition: summary.lastPosition, chainHead: HexText.encode(summary.chainHead), rulebooks: [],
            calendar: calendar.provenance.description,
            settings: [
                "dayCount=elapsed, same day = 0 (DfE statistics, C14)", "nonWorkingStart=countFromStart (C2)",
                "planEndingOn31March=notOpen (C10, R12)", "reReferralWithin=12 calendar months inclusive (R14)",
            ],
            parameters: Dictionary(uniqueKeysWithValues: values), generatedAt: parameters.generatedAt,
            parameterOrder: values.map(\.0))
    }
}
