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
    /// Writes that landed at the wrong offset (`--storage-faults`), and how each showed itself: `corrupt` at
    /// an open, a read or verify; a cut with a recovery record (as for a bit flip); or no effect at all (the
    /// misplaced bytes were rewritten, or never read as a record).
    public var misdirectedWrites = 0
    public var misdirectedDetected = 0
    public var misdirectedCutWithRecoveryRecord = 0
    public var misdirectedWithoutEffect = 0
    /// Reads that returned one flipped bit (`--storage-faults`): reported as `corrupt`, or without effect.
    public var readFlips = 0
    public var readFlipsDetected = 0
    public var readFlipsWithoutEffect = 0
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
        misdirectedWrites += other.misdirectedWrites
        misdirectedDetected += other.misdirectedDetected
        misdirectedCutWithRecoveryRecord += other.misdirectedCutWithRecoveryRecord
        misdirectedWithoutEffect += other.misdirectedWithoutEffect
        readFlips += other.readFlips
        readFlipsDetected += other.readFlipsDetected
        readFlipsWithoutEffect += other.readFlipsWithoutEffect
        violations += other.violations
    }

    /// Counts damage reported as `corrupt`: a bit flip, or else a misdirected write.
    mutating func countDetected(_ isBitFlip: Bool) {
        if isBitFlip { damageDetected += 1 } else { misdirectedDetected += 1 }
    }

    /// Counts damage after which every check passed.
    mutating func countWithoutEffect(_ isBitFlip: Bool) {
        if isBitFlip { flipsWithoutEffect += 1 } else { misdirectedWithoutEffect += 1 }
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
        misdirected writes    \(misdirectedWrites) (detected \(misdirectedDetected), \
        cut with a recovery record \(misdirectedCutWithRecoveryRecord), without effect \(misdirectedWithoutEffect))
        transient read flips  \(readFlips) (detected \(readFlipsDetected), without effect \(readFlipsWithoutEffect))
        violations            \(violations.count)

        """
    }
}
