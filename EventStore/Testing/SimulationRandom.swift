/// A seeded pseudo-random generator for deterministic simulation: SplitMix64 (Steele, Lea and Flood,
/// "Fast splittable pseudorandom number generators", OOPSLA 2014).
///
/// Every randomised behaviour of the simulation draws from one of these, so a run is reproduced
/// exactly by its seed. `next(below:)` uses its own fixed reduction rather than the standard
/// library's `random(in:using:)`, whose algorithm may change between toolchains.
public struct SimulationRandom: RandomNumberGenerator, Sendable {
    /// The seed this generator started from; print it with any failure so the run can be repeated.
    public let seed: UInt64
    private var state: UInt64

    /// Creates a generator whose sequence is fixed by `seed`.
    public init(seed: UInt64) {
        self.seed = seed
        self.state = seed
    }

    /// The next 64 pseudo-random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }

    /// A value in `0..<upperBound`, uniformly distributed (Lemire's multiply-and-reject reduction).
    ///
    /// - Precondition: `upperBound > 0`.
    public mutating func next(below upperBound: Int) -> Int {
        precondition(upperBound > 0, "upper bound must be positive")
        let bound = UInt64(upperBound)
        let threshold = (0 &- bound) % bound
        while true {
            let product = next().multipliedFullWidth(by: bound)
            if product.low >= threshold { return Int(product.high) }
        }
    }

    /// True with probability one half.
    public mutating func nextBool() -> Bool {
        next() >> 63 == 1
    }
}
