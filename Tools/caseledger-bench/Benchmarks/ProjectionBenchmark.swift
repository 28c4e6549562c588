import LedgerCalendar
import Projections
import Reports
import Rulebooks

/// `projections`: rebuilding every projection from a large ledger, and building one financial year's
/// compliance report from the result.
///
/// The ledger (at least `projectionEventCount` events) is filled once by generating a synthetic
/// authority and importing it; that single fill is reported as `projections.fill`, not repeated.
///
/// - `projections.rebuild`: `LedgerEvent.readAll` (read, check, decode every record) then
///   `ProjectionState.rebuild`, from position 0; also each half on its own.
/// - `projections.compliance`: `ComplianceReport.build` over the rebuilt state for one financial year.
/// - the checkpoint written from that state, loaded back, and the reports answered from it
///   (`ProjectionBenchmark+Checkpoint.swift`).
enum ProjectionBenchmark {
    /// The financial year the compliance report covers: inside the generated span, after the
    /// Working Together 2013 switch.
    static let reportFrom = CivilDate(year: 2014, month: 4, day: 1)!
    /// The last clock-start date the report counts; also the date open clocks are judged at.
    static let reportTo = CivilDate(year: 2015, month: 3, day: 31)!

    /// One financial year's compliance report, judged at its last day.
    static let complianceParameters = ComplianceParameters(
        from: reportFrom, to: reportTo, asOf: reportTo, generatedAt: "2015-03-31T23:59:59Z")

    /// Fills the ledger, runs the rebuild and report benchmarks, and removes the ledger.
    static func run(in context: BenchContext) throws {
        let seed = context.settings.seed
        let childCount = try AuthorityFile.childCount(
            forEventCountAtLeast: context.sizes.projectionEventCount, seed: seed)
        context.progress("importing \(NumberText.count(childCount)) children for projections")
        let authority = try AuthorityFile.authority(seed: seed, childCount: childCount)
        let imported = try ImportedLedger.create(authority, in: context.scratch, name: "projections")
        let eventCount = imported.file.eventCount
        guard eventCount >= context.sizes.projectionEventCount else {
            throw BenchError.inconsistent(
                "projections", expected: context.sizes.projectionEventCount, actual: eventCount, of: "events at least")
        }
        let ledgerDetail =
            "\(NumberText.count(childCount)) children, \(NumberText.count(eventCount)) events, "
            + "\(NumberText.bytes(imported.ledger.logSizeBytes)) log"
        context.record([
            .rate(
                "projections.fill", [imported.firstImport], unit: "events/s",
                detail: "1 unrepeated generate+import of the ledger, Importer.run only, " + ledgerDetail)
        ])
        let state = try rebuild(imported.ledger, eventCount: eventCount, in: context, detail: ledgerDetail)
        try compliance(of: state, in: context, detail: ledgerDetail)
        try checkpoint(of: state, in: context, detail: ledgerDetail)
        try imported.remove(from: context.scratch)
    }

    /// Times read+decode and fold separately in each run; returns the last run's state.
    private static func rebuild(
        _ ledger: ScratchLedger, eventCount: Int, in context: BenchContext, detail: String
    ) throws -> ProjectionState {
        context.progress("measuring projections.rebuild")
        var state = ProjectionState()
        let runs = try Repetition.measure(runCount: context.sizes.runCount) { _ in
            let (reading, readSeconds) = try Stopwatch.time { try LedgerEvent.readAll(from: ledger.store) }
            guard reading.events.count == eventCount else {
                throw BenchError.inconsistent(
                    "projections.rebuild", expected: eventCount, actual: reading.events.count, of: "events")
            }
            let folded = try Stopwatch.time { try ProjectionState.rebuild(from: reading) }
            state = folded.result
            return (
                read: RunSample(seconds: readSeconds, operationCount: eventCount, sizeBytes: ledger.logSizeBytes),
                fold: RunSample(seconds: folded.seconds, operationCount: eventCount, sizeBytes: 0)
            )
        }
        let whole = runs.map {
            RunSample(seconds: $0.read.seconds + $0.fold.seconds, operationCount: eventCount, sizeBytes: 0)
        }
        context.record([
            .rate(
                "projections.rebuild", whole, unit: "events/s",
                detail: "LedgerEvent.readAll + ProjectionState.rebuild from position 0, " + detail),
            .rate(
                "projections.rebuild.read", runs.map(\.read), unit: "events/s",
                detail: "LedgerEvent.readAll: read, check and decode every record"),
            .rate(
                "projections.rebuild.fold", runs.map(\.fold), unit: "events/s",
                detail: "ProjectionState.rebuild over the decoded events"),
        ])
        return state
    }

    private static func compliance(of state: ProjectionState, in context: BenchContext, detail: String) throws {
        context.progress("measuring projections.compliance")
        let parameters = complianceParameters
        var clockCount = 0
        let samples = try Repetition.measure(runCount: context.sizes.runCount) { _ in
            let (report, seconds) = try Stopwatch.time {
                try ComplianceReport.build(state: state, rulebooks: .shipped, parameters: parameters)
            }
            guard !report.clocks.isEmpty else {
                throw BenchError(code: .inconsistent, message: "projections.compliance: the report counted no clocks")
            }
            clockCount = report.clocks.count
            return RunSample(seconds: seconds, operationCount: report.clocks.count, sizeBytes: 0)
        }
        context.record([
            .duration(
                "projections.compliance", samples,
                detail: "ComplianceReport.build, \(reportFrom)…\(reportTo), \(NumberText.count(clockCount)) clocks "
                    + "counted, state of " + detail)
        ])
    }
}
