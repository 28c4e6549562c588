import SeededRandom

/// A categorical distribution: each entry is drawn with probability weight ÷ total weight.
///
/// Weights are relative (they need not sum to 1), so a table can state published percentages as they
/// are printed, rounding and all.
public struct WeightedTable<Element: Sendable>: Sendable {
    /// The entries and their weights, in the order given.
    public let entries: [(element: Element, weight: Double)]
    private let cumulativeWeights: [Double]

    /// Creates a table.
    ///
    /// - Precondition: at least one entry, every weight ≥ 0, and a positive total.
    public init(_ entries: [(Element, Double)]) {
        precondition(!entries.isEmpty, "a weighted table needs at least one entry")
        var running = 0.0
        var cumulative: [Double] = []
        cumulative.reserveCapacity(entries.count)
        for (_, weight) in entries {
            precondition(weight >= 0, "weights are not negative")
            running += weight
            cumulative.append(running)
        }
        precondition(running > 0, "a weighted table needs a positive total weight")
        self.entries = entries.map { (element: $0.0, weight: $0.1) }
        self.cumulativeWeights = cumulative
    }

    /// The sum of the weights.
    public var totalWeight: Double { cumulativeWeights[cumulativeWeights.count - 1] }

    /// The share of `totalWeight` that entry `index` carries.
    public func share(at index: Int) -> Double { entries[index].weight / totalWeight }

    /// Draws one element.
    public func draw(using random: inout SplitMix64) -> Element {
        let target = random.unitInterval() * totalWeight
        var low = 0
        var high = cumulativeWeights.count - 1
        while low < high {
            let middle = (low + high) / 2
            if cumulativeWeights[middle] > target { high = middle } else { low = middle + 1 }
        }
        return entries[low].element
    }
}
