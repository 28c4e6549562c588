import SeededRandom
import SyntheticAuthority
import Testing

@Suite struct RandomTests {
    /// Reference outputs of SplitMix64 seeded with 0 (the published C implementation).
    @Test func splitMixMatchesTheReferenceSequence() {
        var random = SplitMix64(seed: 0)
        #expect(random.next() == 0xE220_A839_7B1D_CDAF)
        #expect(random.next() == 0x6E78_9E6A_A1B9_65F4)
        #expect(random.next() == 0x06C4_5D18_8009_454F)
    }

    @Test func streamsOfOneSeedDiffer() {
        var first = SplitMix64(seed: 7, stream: 0)
        var second = SplitMix64(seed: 7, stream: 1)
        #expect(first.next() != second.next())
    }

    @Test(arguments: [0...0, 3...7, -5...5, 1...1_000_000])
    func integersStayInTheirRangeAndReachBothEnds(range: ClosedRange<Int>) {
        var random = SplitMix64(seed: 11)
        var seen: Set<Int> = []
        for _ in 0..<2_000 {
            let value = random.integer(in: range)
            #expect(range.contains(value))
            seen.insert(value)
        }
        if range.count <= 11 { #expect(seen.count == range.count, "seed 11") }
    }

    @Test(arguments: [(0.0, 0.0), (0.25, 17.0), (0.5, 33.0), (0.875, 66.5), (1.0, 90.0)])
    func quantileCurveInterpolatesBetweenItsPoints(probability: Double, expected: Double) {
        let curve = QuantileCurve([(0, 0), (0.25, 17), (0.5, 33), (0.75, 43), (1, 90)])
        #expect(abs(curve.value(at: probability) - expected) < 1e-9)
    }

    @Test func weightedTableDrawsInProportionToWeights() {
        let table = WeightedTable([("a", 1.0), ("b", 3.0), ("never", 0.0)])
        var random = SplitMix64(seed: 5)
        var counts: [String: Int] = [:]
        for _ in 0..<20_000 { counts[table.draw(using: &random), default: 0] += 1 }
        #expect(counts["never"] == nil)
        #expect(abs(share(counts["b", default: 0], of: 20_000) - 0.75) < 0.02, "seed 5")
    }
}
