import EventStore

/// `append`: durable appends to a fresh ledger on the real disk, compared with the raw
/// pwrite+fdatasync loop measured in the same run.
///
/// - `append.single`: one event per `append`, each acknowledged only after its own sync.
/// - `append.batched`: `batchEventCount` (1,024) events per `append`, one sync per batch.
/// - `append.concurrent-N`: N threads appending one event at a time, sharing group commit.
enum AppendBenchmark {
    /// Runs the three append benchmarks and records their metrics.
    static func run(in context: BenchContext) throws {
        let baseline = try context.syncBaseline()
        try single(in: context, baseline: baseline)
        try batched(in: context, baseline: baseline)
        for threadCount in context.sizes.appenderThreadCounts {
            try concurrent(threadCount: threadCount, in: context, baseline: baseline)
        }
    }

    private static func single(in context: BenchContext, baseline: BenchMetric) throws {
        let eventCount = context.sizes.singleAppendEventCount
        context.progress("measuring append.single")
        let samples = try Repetition.measure(runCount: context.sizes.runCount) { runIndex in
            var workload = EventWorkload(seed: context.settings.seed &+ UInt64(runIndex), streamCount: 64)
            let events = workload.next(eventCount)
            return try ScratchLedger.timeOnFreshLedger(in: context.scratch, name: "append-single-\(runIndex)") {
                store in
                for item in events {
                    _ = try store.append(stream: item.stream, expectedVersion: .any, events: [item.event])
                }
                return events.count
            }
        }
        let detail = "1 event per append, \(NumberText.count(eventCount)) events/run"
        context.record(metrics("append.single", samples, detail: detail, baseline: baseline))
    }

    private static func batched(in context: BenchContext, baseline: BenchMetric) throws {
        let batchEventCount = context.sizes.batchEventCount
        let appendCount = context.sizes.batchedAppendCount
        context.progress("measuring append.batched")
        let samples = try Repetition.measure(runCount: context.sizes.runCount) { runIndex in
            var workload = EventWorkload(seed: context.settings.seed &+ UInt64(runIndex), streamCount: appendCount)
            let batches = (0..<appendCount).map { batchIndex in
                let stream = EventWorkload.streamName(batchIndex)
                return (0..<batchEventCount).map { _ in workload.next(stream: stream).event }
            }
            return try ScratchLedger.timeOnFreshLedger(in: context.scratch, name: "append-batched-\(runIndex)") {
                store in
                for (batchIndex, events) in batches.enumerated() {
                    _ = try store.append(
                        stream: EventWorkload.streamName(batchIndex), expectedVersion: .any, events: events)
                }
                return appendCount * batchEventCount
            }
        }
        let detail =
            "\(NumberText.count(batchEventCount)) events per append (one stream each), "
            + "\(NumberText.count(appendCount * batchEventCount)) events/run"
        context.record(metrics("append.batched", samples, detail: detail, baseline: baseline))
    }

    /// Events/s compared with the baseline, log MB/s, and syncs per event.
    static func metrics(_ name: String, _ samples: [RunSample], detail: String, baseline: BenchMetric) -> [BenchMetric]
    {
        [
            BenchMetric.rate(name, samples, unit: "events/s", detail: detail)
                .compared(to: baseline, baselineName: RawSyncBaseline.ratioName),
            .throughput(name + ".log", samples, detail: "log bytes written (frames, headers) per second"),
            .syncsPerOperation(
                name + ".syncs", samples, unit: "syncs/event", detail: "fdatasync + directory fsync calls"),
        ]
    }
}
