import EventStore
import Glibc

/// `open`: the fixed costs of using a large ledger, on a ledger filled once with `openEventCount` events
/// and closed.
///
/// - `open.read-only`: a read-only open and close (what every read command pays first).
/// - `open.write-append-close`: a write-open, one durable single-event append, close.
/// - `open.read-stream`: a read-only open, one stream (about 16 events) read by index, close.
/// - `open.recovery`: a write-open and close after a writer died mid-batch: its store was dropped without
///   `close` and a torn half frame was left at the end of the tail segment.
/// - `baseline.sqlite.read-stream`: one stream from an indexed SQLite table of the same size, if the
///   `sqlite3` shell is installed (`OpenBenchmark+SQLite.swift`).
enum OpenBenchmark {
    /// Events per stream, on average, in the filled ledger (a child's history is of this order).
    static let eventCountPerStream = 16

    /// Fills the ledger, measures the four phases, removes the ledger.
    static func run(in context: BenchContext) throws {
        let eventCount = context.sizes.openEventCount
        let streamCount = max(1, eventCount / eventCountPerStream)
        context.progress("writing a \(NumberText.count(eventCount))-event ledger for open")
        let filled = try ScratchLedger.create(in: context.scratch, name: "open")
        var workload = EventWorkload(seed: context.settings.seed, streamCount: streamCount)
        try ReadBenchmark.fill(filled.store, with: &workload, eventCount: eventCount)
        let detail = "\(NumberText.count(eventCount)) events, \(NumberText.bytes(filled.logSizeBytes)) log"
        try filled.store.close()
        let directory = filled.directory
        context.progress("measuring open")
        var extra = EventWorkload(seed: context.settings.seed &+ 1, streamCount: streamCount)
        let runs = try Repetition.measure(runCount: context.sizes.runCount) { runIndex in
            [
                try time(1) { _ = try EventStore.open(directory: directory, mode: .readOnly).close() },
                try time(1) {
                    let store = try EventStore.open(directory: directory, mode: .readWrite)
                    let item = extra.next(1)[0]
                    _ = try store.append(stream: item.stream, expectedVersion: .any, events: [item.event])
                    try store.close()
                },
                try time(1) {
                    let store = try EventStore.open(directory: directory, mode: .readOnly)
                    let stream = EventWorkload.streamName(runIndex * 7_919 % streamCount)
                    guard try !store.readStream(stream).isEmpty else {
                        throw BenchError(code: .inconsistent, message: "open.read-stream: \(stream) is empty")
                    }
                    try store.close()
                },
                try recovery(directory: directory, workload: &extra),
            ]
        }
        let names = ["open.read-only", "open.write-append-close", "open.read-stream", "open.recovery"]
        context.record(
            names.indices.map { index in .milliseconds(names[index], runs.map { $0[index] }, detail: detail) })
        try context.scratch.remove("open")
        if let baseline = try sqliteBaseline(in: context, eventCount: eventCount, streamCount: streamCount) {
            context.record([baseline])
        }
    }

    /// Times `body` as one operation.
    private static func time(_ operationCount: Int, _ body: () throws -> Void) throws -> RunSample {
        let ((), seconds) = try Stopwatch.time(body)
        return RunSample(seconds: seconds, operationCount: operationCount, sizeBytes: 0)
    }

    /// A writer appends a 4-event batch and dies without `close`, leaving half of a further frame at the
    /// end of the tail segment; times the write-open that recovers (and logs the cut) and its close.
    private static func recovery(directory: String, workload: inout EventWorkload) throws -> RunSample {
        do {
            let store = try EventStore.open(directory: directory, mode: .readWrite)
            let items = workload.next(4)
            _ = try store.append(stream: items[0].stream, expectedVersion: .any, events: items.map(\.event))
        }  // dropped without close, as by a kill
        try appendTornFrame(toLastSegmentIn: directory)
        return try time(1) { try EventStore.open(directory: directory, mode: .readWrite).close() }
    }

    /// Appends 100 bytes of a frame that claims 400 to the highest-numbered segment file.
    private static func appendTornFrame(toLastSegmentIn directory: String) throws {
        let fileSystem = POSIXFileSystem()
        let names = try fileSystem.contentsOfDirectory(atPath: directory).filter {
            $0.hasPrefix("segment-") && $0.hasSuffix(".log")
        }
        guard let last = names.max() else {
            throw BenchError(code: .inconsistent, message: "open.recovery: no segment in \(directory)")
        }
        let file = try fileSystem.openFile(atPath: directory + "/" + last, mode: .readWrite)
        var torn = [UInt8](repeating: 0x5A, count: 100)
        torn[0...3] = [0x84, 0x01, 0x00, 0x00]
        try file.write(torn, atOffset: try file.size())
        try file.synchronizeData()
    }
}
