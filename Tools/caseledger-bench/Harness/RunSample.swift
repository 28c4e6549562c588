/// What one timed run of a benchmark did: how long it took and how much work it covered.
struct RunSample: Sendable, Equatable {
    /// Wall time of the timed section, in seconds.
    var seconds: Double
    /// Operations completed (events appended or read, fdatasync calls, hash passes).
    var operationCount: Int
    /// Bytes processed (log bytes written or read, bytes hashed).
    var sizeBytes: Int
    /// fdatasync/fsync calls issued during the timed section, where counted.
    var syncCount: Int = 0

    /// Operations per second.
    var operationsPerSecond: Double { Double(operationCount) / seconds }

    /// Megabytes (10^6 bytes) per second.
    var megabytesPerSecond: Double { Double(sizeBytes) / 1e6 / seconds }

    /// Syncs per operation.
    var syncsPerOperation: Double { Double(syncCount) / Double(operationCount) }
}

/// Runs a benchmark body once to warm caches, discards that run, then keeps `runCount` timed runs.
enum Repetition {
    /// The samples of `runCount` measured runs, after one discarded warm-up run. A sample is a `RunSample`,
    /// or a group of them for a benchmark that times several phases per run.
    /// - Parameters:
    ///   - runCount: Measured runs to keep. Precondition: at least 1.
    ///   - body: Runs once; receives the run index (0 is the discarded warm-up).
    static func measure<Sample>(runCount: Int, _ body: (_ runIndex: Int) throws -> Sample) throws -> [Sample] {
        precondition(runCount >= 1, "at least one measured run")
        _ = try body(0)
        return try (1...runCount).map { try body($0) }
    }
}
