/// One row of the report: a metric's median, minimum and maximum over the measured runs, with an
/// optional ratio of its median to a baseline measured in the same run.
struct BenchMetric: Sendable {
    /// Dotted name, benchmark first: `append.batched`, `read.forward.log`.
    var name: String
    /// The unit, always printed: `events/s`, `MB/s`, `syncs/event`.
    var unit: String
    /// The metric over the measured runs.
    var statistics: SampleStatistics
    /// This metric's median divided by the baseline's, with the baseline's short name.
    var ratio: (value: Double, baselineName: String)?
    /// What was measured: sizes, counts, runs.
    var detail: String

    /// Operations per second over `samples` (`unit` names the operation: `events/s`, `ops/s`).
    static func rate(_ name: String, _ samples: [RunSample], unit: String, detail: String) -> BenchMetric {
        BenchMetric(
            name: name, unit: unit, statistics: SampleStatistics(samples.map(\.operationsPerSecond)), ratio: nil,
            detail: detail)
    }

    /// Megabytes (10^6 bytes) per second over `samples`.
    static func throughput(_ name: String, _ samples: [RunSample], detail: String) -> BenchMetric {
        BenchMetric(
            name: name, unit: "MB/s", statistics: SampleStatistics(samples.map(\.megabytesPerSecond)), ratio: nil,
            detail: detail)
    }

    /// Syncs per operation over `samples` (`unit`: `syncs/event`).
    static func syncsPerOperation(_ name: String, _ samples: [RunSample], unit: String, detail: String) -> BenchMetric {
        BenchMetric(
            name: name, unit: unit, statistics: SampleStatistics(samples.map(\.syncsPerOperation)), ratio: nil,
            detail: detail)
    }

    /// Wall time per run, in seconds (`unit`: `s`), for work measured as one whole: a report build.
    static func duration(_ name: String, _ samples: [RunSample], detail: String) -> BenchMetric {
        BenchMetric(
            name: name, unit: "s", statistics: SampleStatistics(samples.map(\.seconds)), ratio: nil, detail: detail)
    }

    /// Wall time per run, in milliseconds (`unit`: `ms`), for short operations: an open, a close.
    static func milliseconds(_ name: String, _ samples: [RunSample], detail: String) -> BenchMetric {
        BenchMetric(
            name: name, unit: "ms", statistics: SampleStatistics(samples.map { $0.seconds * 1e3 }), ratio: nil,
            detail: detail)
    }

    /// This metric with its median compared against `baseline`'s median.
    /// - Precondition: the baseline's median is positive.
    func compared(to baseline: BenchMetric, baselineName: String) -> BenchMetric {
        precondition(baseline.statistics.median > 0, "baseline \(baseline.name) has a zero median")
        var copy = self
        copy.ratio = (statistics.median / baseline.statistics.median, baselineName)
        return copy
    }
}
