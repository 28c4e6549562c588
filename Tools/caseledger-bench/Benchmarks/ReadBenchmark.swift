import EventStore

/// `read`: reading back a ledger written by batched appends, and verifying it, compared with plain
/// `pread` of the same segment files measured in the same run.
///
/// The ledger has just been written, so its segments are in the page cache: these figures measure
/// decoding, CRC32C and chain checks, not the disk.
///
/// - `read.forward`: every record in position order through the streaming cursor.
/// - `read.stream`: every stream in turn through `readStream` (index lookup plus a read per record).
/// - `read.verify`: `verify()`, re-checking every CRC, chain link, header and footer.
enum ReadBenchmark {
    /// Events per `appendBatches` call when filling the ledger (untimed): one sync per call.
    static let fillBatchCountPerCall = 4_096

    /// Fills a ledger, runs the read benchmarks on it, and removes it.
    static func run(in context: BenchContext) throws {
        let sizes = context.sizes
        context.progress("writing a \(NumberText.count(sizes.readEventCount))-event ledger for read")
        let ledger = try ScratchLedger.create(in: context.scratch, name: "read")
        var workload = EventWorkload(seed: context.settings.seed, streamCount: sizes.readStreamCount)
        try fill(ledger.store, with: &workload, eventCount: sizes.readEventCount)
        let recordCount = Int(ledger.store.info.recordCount)
        let logSizeBytes = ledger.logSizeBytes
        let ledgerDetail = "\(NumberText.count(recordCount)) events, \(NumberText.bytes(logSizeBytes)) log"
        let baseline = try preadBaseline(ledger, runCount: sizes.runCount, detail: ledgerDetail)
        context.record([baseline])
        try forward(ledger, in: context, baseline: baseline, detail: ledgerDetail)
        try byStream(ledger, in: context, streamCount: Int(ledger.store.info.streamCount), detail: ledgerDetail)
        try verify(ledger, in: context, baseline: baseline, detail: ledgerDetail)
        try ledger.remove()
    }

    /// Appends `eventCount` events as single-event batches, `fillBatchCountPerCall` batches per call.
    static func fill(_ store: EventStore, with workload: inout EventWorkload, eventCount: Int) throws {
        var remainingCount = eventCount
        while remainingCount > 0 {
            let callCount = min(remainingCount, fillBatchCountPerCall)
            let batches = workload.next(callCount).map {
                AppendBatch(stream: $0.stream, expectedVersion: .any, events: [$0.event])
            }
            _ = try store.appendBatches(batches)
            remainingCount -= callCount
        }
    }

    private static func forward(
        _ ledger: ScratchLedger, in context: BenchContext, baseline: BenchMetric, detail: String
    ) throws {
        context.progress("measuring read.forward")
        let expectedCount = Int(ledger.store.info.recordCount)
        let samples = try Repetition.measure(runCount: context.sizes.runCount) { _ in
            try timeReading(ledger, expectedCount: expectedCount, what: "read.forward") { store in
                var cursor = try store.events(fromPosition: 0)
                var count = 0
                while try cursor.next() != nil { count += 1 }
                return count
            }
        }
        context.record([
            .rate("read.forward", samples, unit: "events/s", detail: "streaming cursor from position 0, " + detail),
            BenchMetric.throughput("read.forward.log", samples, detail: "log bytes read per second")
                .compared(to: baseline, baselineName: "pread"),
        ])
    }

    private static func byStream(
        _ ledger: ScratchLedger, in context: BenchContext, streamCount: Int, detail: String
    ) throws {
        context.progress("measuring read.stream")
        let expectedCount = Int(ledger.store.info.recordCount)
        let streams = (0..<context.sizes.readStreamCount).map(EventWorkload.streamName)
        let samples = try Repetition.measure(runCount: context.sizes.runCount) { _ in
            try timeReading(ledger, expectedCount: expectedCount, what: "read.stream") { store in
                try streams.reduce(0) { $0 + (try store.readStream($1)).count }
            }
        }
        let streamDetail = "readStream over each of \(NumberText.count(streamCount)) streams, " + detail
        context.record([.rate("read.stream", samples, unit: "events/s", detail: streamDetail)])
    }

    private static func verify(
        _ ledger: ScratchLedger, in context: BenchContext, baseline: BenchMetric, detail: String
    ) throws {
        context.progress("measuring read.verify")
        let expectedCount = Int(ledger.store.info.recordCount)
        let samples = try Repetition.measure(runCount: context.sizes.runCount) { _ in
            try timeReading(ledger, expectedCount: expectedCount, what: "read.verify") { store in
                let report = try store.verify()
                guard report.isIntact else {
                    throw BenchError(code: .inconsistent, message: "read.verify: ledger failed verification")
                }
                return Int(report.recordsChecked)
            }
        }
        context.record([
            .rate("read.verify", samples, unit: "events/s", detail: "verify(): CRC32C, SHA-256 chain, " + detail),
            BenchMetric.throughput("read.verify.log", samples, detail: "log bytes verified per second")
                .compared(to: baseline, baselineName: "pread"),
        ])
    }

    /// Times `body`, which returns the records it saw, checks the count, and charges the whole log size.
    private static func timeReading(
        _ ledger: ScratchLedger, expectedCount: Int, what: String, _ body: (EventStore) throws -> Int
    ) throws -> RunSample {
        let (count, seconds) = try Stopwatch.time { try body(ledger.store) }
        guard count == expectedCount else {
            throw BenchError.inconsistent(what, expected: expectedCount, actual: count, of: "records")
        }
        return RunSample(seconds: seconds, operationCount: count, sizeBytes: ledger.logSizeBytes)
    }
}
