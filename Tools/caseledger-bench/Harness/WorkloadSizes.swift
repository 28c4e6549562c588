/// How much work each benchmark does: the full sizes for published figures, the quick sizes for a
/// smoke run (`--quick`, all benchmarks in about a minute or two).
struct WorkloadSizes: Sendable {
    /// Measured runs per benchmark, after one discarded warm-up run.
    var runCount: Int
    /// pwrite+fdatasync pairs per baseline run.
    var baselineOperationCount: Int
    /// Size of each baseline record: about one encoded event frame.
    var baselineRecordSizeBytes: Int
    /// Events per run of the one-event-per-append benchmark.
    var singleAppendEventCount: Int
    /// Appends of `batchEventCount` events per run of the batched benchmark.
    var batchedAppendCount: Int
    /// Events per append in the batched benchmark.
    var batchEventCount: Int
    /// Events per run (over all threads) of the concurrent-appender benchmark.
    var concurrentEventCount: Int
    /// Thread counts of the concurrent-appender benchmark.
    var appenderThreadCounts: [Int]
    /// Events in the ledger the read benchmark reads back.
    var readEventCount: Int
    /// Streams those events are spread over.
    var readStreamCount: Int
    /// Size of the buffer each hash pass covers.
    var hashBufferSizeBytes: Int
    /// Fewest events in the synthetic authority each import run generates and imports.
    var importEventCount: Int
    /// Fewest events in the ledger the projections benchmark rebuilds from (imported from a synthetic
    /// authority).
    var projectionEventCount: Int
    /// Events in the ledger the open benchmark opens.
    var openEventCount: Int

    /// Sizes for published results.
    static let full = WorkloadSizes(
        runCount: 5, baselineOperationCount: 1_000, baselineRecordSizeBytes: 512, singleAppendEventCount: 1_000,
        batchedAppendCount: 64, batchEventCount: 1_024, concurrentEventCount: 2_048, appenderThreadCounts: [2, 4, 8],
        readEventCount: 262_144, readStreamCount: 4_096, hashBufferSizeBytes: 64 << 20, importEventCount: 262_144,
        projectionEventCount: 1_048_576, openEventCount: 1_048_576)

    /// Sizes for a quick smoke run.
    static let quick = WorkloadSizes(
        runCount: 3, baselineOperationCount: 200, baselineRecordSizeBytes: 512, singleAppendEventCount: 200,
        batchedAppendCount: 8, batchEventCount: 1_024, concurrentEventCount: 512, appenderThreadCounts: [2, 4, 8],
        readEventCount: 32_768, readStreamCount: 512, hashBufferSizeBytes: 64 << 20, importEventCount: 32_768,
        projectionEventCount: 100_000, openEventCount: 131_072)
}
