/// SplitMix64 (Steele, Lea and Flood 2014): a tiny, fast, well-mixed 64-bit generator.
///
/// The generator is the whole of the synthetic authority's randomness. Every sampling helper here is
/// written out (no `Int.random(in:using:)`, whose algorithm the standard library may change), so the same
/// seed gives the same bytes on every toolchain and platform.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    /// The golden-ratio increment of the Weyl sequence.
    static let increment: UInt64 = 0x9E37_79B9_7F4A_7C15

    private var state: UInt64

    /// Creates a generator whose first output depends on every bit of `seed`.
    public init(seed: UInt64) { state = seed }

    /// An independent generator for one of many parallel streams (a household), derived from
    /// `(seed, stream)`: the stream number is mixed before it is combined, so neighbouring streams share
    /// no state and streams of different seeds do not overlap in practice.
    public init(seed: UInt64, stream: UInt64) {
        state = Self.mix(seed ^ Self.mix(stream &+ Self.increment))
    }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= Self.increment
        return Self.mix(state)
    }

    /// The SplitMix64 finaliser (a bijection on 64-bit words).
    static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

extension SplitMix64 {
    /// A uniform value in [0, 1) with 53 random bits.
    public mutating func unitInterval() -> Double {
        Double(next() >> 11) * 0x1p-53
    }

    /// True with probability `probability` (clamped to [0, 1]).
    public mutating func chance(_ probability: Double) -> Bool {
        unitInterval() < probability
    }

    /// A uniform integer in `range` (multiply-high mapping; bias below 2⁻⁶⁴ × range width, irrelevant here).
    ///
    /// - Precondition: `range` is not empty and narrower than 2⁶³.
    public mutating func integer(in range: ClosedRange<Int>) -> Int {
        let width = UInt64(range.upperBound - range.lowerBound) + 1
        let offset = next().multipliedFullWidth(by: width).high
        return range.lowerBound + Int(offset)
    }
}
