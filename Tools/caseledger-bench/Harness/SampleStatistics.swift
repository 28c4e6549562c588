/// Summary of one metric over the measured runs of a benchmark (the discarded warm-up run excluded).
struct SampleStatistics: Sendable, Equatable {
    /// The values, in run order.
    let values: [Double]

    /// Summarises `values`.
    /// - Precondition: `values` is not empty and every value is finite.
    init(_ values: [Double]) {
        precondition(!values.isEmpty, "statistics of no runs")
        precondition(values.allSatisfy(\.isFinite), "a run produced a non-finite value")
        self.values = values
    }

    /// The middle value (the mean of the two middle values for an even count).
    var median: Double {
        let sorted = values.sorted()
        let middleIndex = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middleIndex] : (sorted[middleIndex - 1] + sorted[middleIndex]) / 2
    }

    /// The smallest value.
    var minimum: Double { values.min()! }

    /// The largest value.
    var maximum: Double { values.max()! }

    /// The number of runs summarised.
    var count: Int { values.count }
}
