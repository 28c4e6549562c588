/// Totals of a simulation campaign (one seed, or many added up).
public struct SimulationFigures: Sendable, Equatable {
    public var seeds = 0
    public var appendsAcknowledged = 0
    public var appendsFailed = 0
    public var faultsInjected = 0
    public var crashes = 0
    public var cleanReopens = 0
    public var bitFlips = 0
    /// Bit flips that a reader, an open or verify reported as `corrupt` (the seed then ends).
    public var damageDetected = 0
    /// Bit flips after which every check still passed (they hit bytes recovery cut, never acknowledged).
    public var flipsWithoutEffect = 0
    /// Bit flips in the last acknowledged batch after a crash lost the HEAD update naming it: recovery cut
    /// the batch as a torn tail and logged a recovery record (FORMAT.md, "Torn tail or damage").
    public var flipsCutWithRecoveryRecord = 0
    /// Write-opens refused after a crash as FORMAT.md's documented trade-off (a valid frame after a torn one).
    public var refusedOpens = 0
    /// Invariant violations, each with its seed: any one is a defect.
    public var violations: [String] = []

    public init() {}

    /// Adds another run's figures.
    public mutating func add(_ other: SimulationFigures) {
        seeds += other.seeds
        appendsAcknowledged += other.appendsAcknowledged
        appendsFailed += other.appendsFailed
        faultsInjected += other.faultsInjected
        crashes += other.crashes
        cleanReopens += other.cleanReopens
        bitFlips += other.bitFlips
        damageDetected += other.damageDetected
        flipsWithoutEffect += other.flipsWithoutEffect
        flipsCutWithRecoveryRecord += other.flipsCutWithRecoveryRecord
        refusedOpens += other.refusedOpens
        violations += other.violations
    }

    /// One line per figure, for the tool's report.
    public var summary: String {
        """
        seeds                 \(seeds)
        appends acknowledged  \(appendsAcknowledged)
        appends failed        \(appendsFailed)
        faults injected       \(faultsInjected)
        crashes               \(crashes)
        clean reopens         \(cleanReopens)
        bit flips             \(bitFlips) (detected \(damageDetected), \
        cut with a recovery record \(flipsCutWithRecoveryRecord), without effect \(flipsWithoutEffect))
        refused opens         \(refusedOpens)
        violations            \(violations.count)

        """
    }
}
