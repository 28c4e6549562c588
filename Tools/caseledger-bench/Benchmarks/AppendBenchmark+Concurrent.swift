import Dispatch
import EventStore
import Foundation

extension AppendBenchmark {
    /// `append.concurrent-N`: `threadCount` threads each append their share of the events one at a time,
    /// to their own streams, on one store. Concurrent appends share a sync (group commit), so events/s
    /// should exceed the one-sync-per-event rate and syncs/event should fall below 1.
    static func concurrent(threadCount: Int, in context: BenchContext, baseline: BenchMetric) throws {
        let eventCountPerThread = context.sizes.concurrentEventCount / threadCount
        let name = "append.concurrent-\(threadCount)"
        context.progress("measuring \(name)")
        let samples = try Repetition.measure(runCount: context.sizes.runCount) { runIndex in
            let slices = (0..<threadCount).map { threadIndex in
                let seed = context.settings.seed &+ UInt64(runIndex * 1_000 + threadIndex)
                var workload = EventWorkload(seed: seed, streamCount: 1)
                let stream = "appender-\(threadIndex)"
                return (0..<eventCountPerThread).map { _ in workload.next(stream: stream) }
            }
            return try ScratchLedger.timeOnFreshLedger(in: context.scratch, name: "\(name)-\(runIndex)") { store in
                try appendConcurrently(slices, to: store)
            }
        }
        let detail =
            "\(threadCount) threads, 1 event per append, "
            + "\(NumberText.count(eventCountPerThread * threadCount)) events/run"
        context.record(metrics(name, samples, detail: detail, baseline: baseline))
    }

    /// Starts one thread per slice, releases them together, and waits for all; returns the events appended.
    /// - Throws: the first error any thread hit.
    private static func appendConcurrently(_ slices: [[WorkloadEvent]], to store: EventStore) throws -> Int {
        let finished = DispatchGroup()
        let startGate = DispatchSemaphore(value: 0)
        let failures = FirstFailure()
        for slice in slices {
            finished.enter()
            let thread = Thread {
                defer { finished.leave() }
                startGate.wait()
                do {
                    for item in slice {
                        _ = try store.append(stream: item.stream, expectedVersion: .any, events: [item.event])
                    }
                } catch {
                    failures.record(error)
                }
            }
            thread.start()
        }
        for _ in slices { startGate.signal() }
        finished.wait()
        if let failure = failures.error { throw failure }
        return slices.reduce(0) { $0 + $1.count }
    }
}

/// The first error reported by any of several threads.
///
/// `@unchecked Sendable`: `firstError` is read and written only while `lock` is held.
private final class FirstFailure: @unchecked Sendable {
    private let lock = NSLock()
    private var firstError: (any Error)?

    /// Keeps `error` if it is the first.
    func record(_ error: any Error) {
        lock.withLock { firstError = firstError ?? error }
    }

    /// The first error recorded, or nil.
    var error: (any Error)? {
        lock.withLock { firstError }
    }
}
