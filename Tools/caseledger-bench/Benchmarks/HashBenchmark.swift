import EventStore
import SeededRandom

/// `hash`: the pure-Swift SHA-256 and CRC-32C the log's integrity rests on, over large buffers.
///
/// Verification and appends hash every payload and checksum every frame, so these rates bound read,
/// verify and batched-append throughput. They are the seam for hardware acceleration (SHA-NI,
/// SSE4.2 `crc32`): rerun this benchmark after adding it.
enum HashBenchmark {
    /// Runs both hashes over one seeded buffer of `sizes.hashBufferSizeBytes` and records the metrics.
    static func run(in context: BenchContext) throws {
        let sizeBytes = context.sizes.hashBufferSizeBytes
        var random = SplitMix64(seed: context.settings.seed)
        let buffer = (0..<sizeBytes).map { _ in UInt8(truncatingIfNeeded: random.next()) }
        let detail = "one pass over a \(NumberText.bytes(sizeBytes)) buffer per run"
        context.progress("measuring hash.sha256")
        let sha256 = try Repetition.measure(runCount: context.sizes.runCount) { _ in
            timePass(over: buffer) { bytes in
                var hasher = SHA256()
                hasher.update(bufferPointer: bytes)
                return hasher.finalize().first!
            }
        }
        context.progress("measuring hash.crc32c")
        let crc32c = try Repetition.measure(runCount: context.sizes.runCount) { _ in
            timePass(over: buffer) { bytes in UInt8(truncatingIfNeeded: CRC32C.checksum(bufferPointer: bytes)) }
        }
        context.record([
            .throughput("hash.sha256", sha256, detail: detail),
            gigabytesPerSecond("hash.crc32c", crc32c, detail: detail),
        ])
    }

    /// Times one pass of `digest` over `buffer`. The digest's byte is kept in a global sink so the
    /// optimiser cannot drop the work.
    private static func timePass(over buffer: [UInt8], _ digest: (UnsafeRawBufferPointer) -> UInt8) -> RunSample {
        let (byte, seconds) = Stopwatch.time { buffer.withUnsafeBytes(digest) }
        DigestSink.keep(byte)
        return RunSample(seconds: seconds, operationCount: 1, sizeBytes: buffer.count)
    }

    /// Throughput in GB/s (10^9 bytes per second).
    private static func gigabytesPerSecond(_ name: String, _ samples: [RunSample], detail: String) -> BenchMetric {
        let rates = samples.map { $0.megabytesPerSecond / 1_000 }
        return BenchMetric(name: name, unit: "GB/s", statistics: SampleStatistics(rates), ratio: nil, detail: detail)
    }
}

/// Somewhere to put digest bytes so the computations that produced them count as used.
private enum DigestSink {
    /// Folds `byte` into a value the optimiser must keep: the harness prints nothing from it.
    nonisolated(unsafe) static var accumulated: UInt8 = 0

    @inline(never)
    static func keep(_ byte: UInt8) {
        accumulated ^= byte
    }
}
