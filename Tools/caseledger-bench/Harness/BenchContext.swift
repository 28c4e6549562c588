/// The state one invocation's benchmarks share: settings, the scratch directory, the baseline measured
/// in this run, and the metrics collected so far.
///
/// Used from the main thread only; benchmarks that spawn threads hand them values, never the context.
final class BenchContext {
    /// What the command line asked for.
    let settings: BenchSettings
    /// Where benchmarks write; removed when the invocation ends.
    let scratch: ScratchDirectory
    /// Progress lines for standard error (never results).
    let progress: (String) -> Void
    /// Every metric reported so far, in order.
    private(set) var metrics: [BenchMetric] = []
    private var fsyncBaseline: BenchMetric?

    /// Creates a context.
    init(settings: BenchSettings, scratch: ScratchDirectory, progress: @escaping (String) -> Void) {
        self.settings = settings
        self.scratch = scratch
        self.progress = progress
    }

    /// The sizes for this invocation.
    var sizes: WorkloadSizes { settings.sizes }

    /// Adds metrics to the report.
    func record(_ newMetrics: [BenchMetric]) {
        metrics.append(contentsOf: newMetrics)
    }

    /// The raw pwrite+fdatasync rate, measured (and reported) the first time it is asked for.
    /// - Throws: `BenchError` if the baseline's file cannot be written.
    func syncBaseline() throws -> BenchMetric {
        if let fsyncBaseline { return fsyncBaseline }
        progress("measuring \(RawSyncBaseline.metricName)")
        let baseline = try RawSyncBaseline.measure(
            in: scratch, recordSizeBytes: sizes.baselineRecordSizeBytes,
            operationCount: sizes.baselineOperationCount, runCount: sizes.runCount)
        record([baseline])
        fsyncBaseline = baseline
        return baseline
    }
}
