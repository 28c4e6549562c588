import LedgerCalendar
import Projections
import Reports
import Rulebooks

extension ProjectionBenchmark {
    /// The projection checkpoint and the reports answered from it, over the rebuilt state:
    ///
    /// - `projections.checkpoint.write`: `ProjectionCheckpoint(of:)` and its file bytes (encode and hash);
    ///   the detail gives the file size.
    /// - `projections.checkpoint.load`: `ProjectionCheckpoint.decode(fileBytes:)` then `restoredState()`,
    ///   what every report does before it folds the ledger's tail (none here: the checkpoint is current).
    /// - `projections.compliance.checkpoint`: load as above, then one year's compliance report.
    /// - `projections.annual.checkpoint`: load as above, then the annual report of that year with a 3-year trend.
    static func checkpoint(of state: ProjectionState, in context: BenchContext, detail: String) throws {
        context.progress("measuring projections.checkpoint.write")
        var file: [UInt8] = []
        let write = try Repetition.measure(runCount: context.sizes.runCount) { _ in
            let (bytes, seconds) = Stopwatch.time { ProjectionCheckpoint(of: state).fileBytes }
            file = bytes
            return RunSample(seconds: seconds, operationCount: 1, sizeBytes: bytes.count)
        }
        context.progress("measuring projections.checkpoint.load and the reports from it")
        let load = try Repetition.measure(runCount: context.sizes.runCount) { _ in
            try timedLoad(file, expected: state).sample
        }
        let compliance = try Repetition.measure(runCount: context.sizes.runCount) { _ in
            let (loaded, loadSample) = try timedLoad(file, expected: state)
            let (_, seconds) = try Stopwatch.time {
                try ComplianceReport.build(state: loaded, rulebooks: .shipped, parameters: complianceParameters)
            }
            return RunSample(seconds: loadSample.seconds + seconds, operationCount: 1, sizeBytes: file.count)
        }
        let annual = try Repetition.measure(runCount: context.sizes.runCount) { _ in
            let (loaded, loadSample) = try timedLoad(file, expected: state)
            let parameters = AnnualParameters(
                year: FinancialYear(containing: reportFrom), yearCount: 3, generatedAt: "2015-03-31T23:59:59Z")
            let (_, seconds) = try Stopwatch.time { try AnnualReport.build(state: loaded, parameters: parameters) }
            return RunSample(seconds: loadSample.seconds + seconds, operationCount: 1, sizeBytes: file.count)
        }
        let fileDetail = "\(NumberText.bytes(file.count)) checkpoint of " + detail
        context.record([
            .duration(
                "projections.checkpoint.write", write, detail: "ProjectionCheckpoint(of:).fileBytes, " + fileDetail),
            .duration(
                "projections.checkpoint.load", load, detail: "decode(fileBytes:) + restoredState(), " + fileDetail),
            .duration(
                "projections.compliance.checkpoint", compliance,
                detail: "checkpoint load + ComplianceReport.build, \(reportFrom)…\(reportTo)"),
            .duration(
                "projections.annual.checkpoint", annual,
                detail: "checkpoint load + AnnualReport.build, year of \(reportFrom), 3-year trend"),
        ])
    }

    /// One timed checkpoint load, checked against the state it was written from.
    private static func timedLoad(_ file: [UInt8], expected state: ProjectionState) throws
        -> (state: ProjectionState, sample: RunSample)
    {
        let (loaded, seconds) = try Stopwatch.time {
            try ProjectionCheckpoint.decode(fileBytes: file).restoredState()
        }
        guard loaded.lastPosition == state.lastPosition, loaded.children.count == state.children.count else {
            throw BenchError(code: .inconsistent, message: "projections.checkpoint.load: the state differs")
        }
        return (loaded, RunSample(seconds: seconds, operationCount: 1, sizeBytes: file.count))
    }
}
