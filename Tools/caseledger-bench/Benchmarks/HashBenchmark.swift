import EventStore
import Integrity
import SeededRandom

/// `hash`: SHA-256 and CRC-32C over one large buffer, each implementation this CPU has (`hardware`:
/// SHA-NI / SSE4.2 `crc32`, or ARMv8 SHA2 / CRC32; `portable`: the Swift fallback), beside `memcpy` of
/// the same buffer in the same run as the memory-bandwidth baseline.
///
/// Verification and appends hash every payload and checksum every frame, so these rates bound read,
/// verify and batched-append throughput.
enum HashBenchmark {
    /// Runs the baseline and every hash over one seeded buffer of `sizes.hashBufferSizeBytes`.
    static func run(in context: BenchContext) throws {
        let sizeBytes = context.sizes.hashBufferSizeBytes
        var random = SplitMix64(seed: context.settings.seed)
        let buffer = (0..<sizeBytes).map { _ in UInt8(truncatingIfNeeded: random.next()) }
        let detail = "one pass over a \(NumberText.bytes(sizeBytes)) buffer per run"
        context.progress("measuring baseline.memcpy")
        var copy = [UInt8](repeating: 0, count: sizeBytes)
        let memcpy = gigabytesPerSecond(
            "baseline.memcpy",
            try Repetition.measure(runCount: context.sizes.runCount) { _ in timeCopy(of: buffer, into: &copy) },
            detail: "copy of the same buffer into another, per run")
        var metrics = [memcpy]
        for implementation in SHA256.availableImplementations {
            context.progress("measuring hash.sha256.\(implementation)")
            let samples = try Repetition.measure(runCount: context.sizes.runCount) { _ in
                timePass(over: buffer) { bytes in
                    var hasher = SHA256(implementation: implementation)
                    hasher.update(bufferPointer: bytes)
                    return hasher.finalize().first!
                }
            }
            metrics.append(.throughput("hash.sha256.\(implementation)", samples, detail: detail))
        }
        for implementation in CRC32C.availableImplementations {
            context.progress("measuring hash.crc32c.\(implementation)")
            let samples = try Repetition.measure(runCount: context.sizes.runCount) { _ in
                timePass(over: buffer) { bytes in
                    UInt8(truncatingIfNeeded: CRC32C.update(~0, bufferPointer: bytes, implementation: implementation))
                }
            }
            metrics.append(
                gigabytesPerSecond("hash.crc32c.\(implementation)", samples, detail: detail)
                    .compared(to: memcpy, baselineName: "memcpy"))
        }
        context.record(metrics)
    }

    /// Times one pass of `digest` over `buffer`. The digest's byte is kept in a global sink so the
    /// optimiser cannot drop the work.
    private static func timePass(over buffer: [UInt8], _ digest: (UnsafeRawBufferPointer) -> UInt8) -> RunSample {
        let (byte, seconds) = Stopwatch.time { buffer.withUnsafeBytes(digest) }
        DigestSink.keep(byte)
        return RunSample(seconds: seconds, operationCount: 1, sizeBytes: buffer.count)
    }

    /// Times one copy of `buffer` into `target` (same size); a byte of the copy goes to the sink.
    private static func timeCopy(of buffer: [UInt8], into target: inout [UInt8]) -> RunSample {
        let seconds = buffer.withUnsafeBytes { source in
            target.withUnsafeMutableBytes { destination in
                Stopwatch.time { destination.copyMemory(from: source) }.1
            }
        }
        DigestSink.keep(target[target.count / 2])
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
