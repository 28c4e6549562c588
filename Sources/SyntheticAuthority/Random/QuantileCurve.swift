import SeededRandom

/// A continuous distribution given by points of its quantile function, linearly interpolated between
/// them: the direct way to hit published medians, quartiles and "share within N" figures exactly.
///
/// For example, assessment durations with median 33, IQR 17–43 and 85.7% within 45 working days are the
/// points (0.25, 17), (0.5, 33), (0.75, 43), (0.857, 45) plus two end points.
public struct QuantileCurve: Sendable {
    /// `(probability, value)` points, probabilities strictly increasing from 0 to 1, values non-decreasing.
    public let points: [(probability: Double, value: Double)]

    /// Creates a curve.
    ///
    /// - Precondition: the first probability is 0, the last is 1, probabilities strictly increase and
    ///   values never decrease.
    public init(_ points: [(Double, Double)]) {
        precondition(points.count >= 2, "a quantile curve needs two points")
        precondition(points.first?.0 == 0, "a quantile curve starts at probability 0")
        precondition(points.last?.0 == 1, "a quantile curve ends at probability 1")
        for (previous, next) in zip(points, points.dropFirst()) {
            precondition(previous.0 < next.0, "quantile probabilities strictly increase")
            precondition(previous.1 <= next.1, "quantile values never decrease")
        }
        self.points = points.map { (probability: $0.0, value: $0.1) }
    }

    /// The value at cumulative probability `probability` in [0, 1].
    public func value(at probability: Double) -> Double {
        var index = 1
        while index < points.count - 1, points[index].probability < probability { index += 1 }
        let lower = points[index - 1]
        let upper = points[index]
        let fraction = (probability - lower.probability) / (upper.probability - lower.probability)
        return lower.value + (upper.value - lower.value) * min(max(fraction, 0), 1)
    }

    /// Draws a value rounded down to a whole number (durations in whole days).
    public func drawWhole(using random: inout SplitMix64) -> Int {
        Int(value(at: random.unitInterval()).rounded(.down))
    }
}
