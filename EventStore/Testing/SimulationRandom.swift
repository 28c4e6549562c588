import SeededRandom

/// The seeded generator of every randomised behaviour of the simulated disk: SplitMix64 (Steele, Lea and
/// Flood, "Fast splittable pseudorandom number generators", OOPSLA 2014), the project's one copy, so a
/// run is reproduced exactly by its seed.
public typealias SimulationRandom = SplitMix64
