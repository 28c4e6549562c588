import Glibc

/// The baseline every durable-append figure is compared with: a loop that appends one small record to
/// a plain file with `pwrite` and makes it durable with `fdatasync`, as fast as the disk allows.
///
/// It is the ceiling for "one sync per operation": a store that syncs once per event cannot beat it,
/// and a store that groups events into one sync is judged by how far it exceeds it.
enum RawSyncBaseline {
    /// The metric name in the report.
    static let metricName = "baseline.fdatasync"
    /// The short name used in ratio columns.
    static let ratioName = "fsync"

    /// Times `operationCount` pwrite+fdatasync pairs of `recordSizeBytes` each, once as a discarded
    /// warm-up and then `runCount` times, each run on a fresh file that is removed afterwards.
    /// - Throws: `BenchError` naming the failed call.
    static func measure(
        in scratch: ScratchDirectory, recordSizeBytes: Int, operationCount: Int, runCount: Int
    ) throws -> BenchMetric {
        let record = [UInt8](repeating: 0x5A, count: recordSizeBytes)
        let samples = try Repetition.measure(runCount: runCount) { runIndex in
            try run(record: record, operationCount: operationCount, path: scratch.path(for: "baseline-\(runIndex).log"))
        }
        let detail =
            "pwrite+fdatasync of \(recordSizeBytes) B records appended to a plain file, "
            + "\(NumberText.count(operationCount)) ops/run"
        return BenchMetric.rate(metricName, samples, unit: "ops/s", detail: detail)
    }

    private static func run(record: [UInt8], operationCount: Int, path: String) throws(BenchError) -> RunSample {
        let file = try PlainFile.create(atPath: path)
        defer { file.close() }
        let stopwatch = Stopwatch()
        for operationIndex in 0..<operationCount {
            try file.write(record, atOffset: operationIndex * record.count)
            try file.synchronizeData()
        }
        let seconds = stopwatch.elapsedSeconds
        guard unlink(path) == 0 else { throw BenchError.system("unlink", path: path) }
        return RunSample(
            seconds: seconds, operationCount: operationCount, sizeBytes: operationCount * record.count,
            syncCount: operationCount)
    }
}
