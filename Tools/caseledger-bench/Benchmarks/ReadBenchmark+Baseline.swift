import EventStore

extension ReadBenchmark {
    /// Size of each `pread` in the baseline.
    static let preadChunkSizeBytes = 1 << 20

    /// `baseline.pread`: reading every segment file of the ledger with plain 1 MiB `pread`s, no decoding.
    static func preadBaseline(_ ledger: ScratchLedger, runCount: Int, detail: String) throws -> BenchMetric {
        let segmentPaths = try POSIXFileSystem().contentsOfDirectory(atPath: ledger.directory)
            .filter { $0.hasPrefix("segment-") && $0.hasSuffix(".log") }
            .map { ledger.directory + "/" + $0 }
        var buffer = [UInt8](repeating: 0, count: preadChunkSizeBytes)
        let samples = try Repetition.measure(runCount: runCount) { _ in
            let stopwatch = Stopwatch()
            var sizeBytes = 0
            for path in segmentPaths { sizeBytes += try readWholeFile(atPath: path, using: &buffer) }
            return RunSample(
                seconds: stopwatch.elapsedSeconds, operationCount: segmentPaths.count, sizeBytes: sizeBytes)
        }
        return .throughput("baseline.pread", samples, detail: "1 MiB preads of every segment file, " + detail)
    }

    private static func readWholeFile(atPath path: String, using buffer: inout [UInt8]) throws(BenchError) -> Int {
        let file = try PlainFile.openForReading(atPath: path)
        defer { file.close() }
        var offset = 0
        while true {
            let readCount = try file.read(into: &buffer, atOffset: offset)
            if readCount == 0 { return offset }
            offset += readCount
        }
    }
}
