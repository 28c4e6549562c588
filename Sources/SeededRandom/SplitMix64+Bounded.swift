extension SplitMix64 {
    /// A value in `0..<upperBound`, uniformly distributed (Lemire's multiply-and-reject reduction).
    ///
    /// Written out rather than `Int.random(in:using:)`, whose algorithm may change between toolchains,
    /// so a seed reproduces the same draws everywhere.
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
