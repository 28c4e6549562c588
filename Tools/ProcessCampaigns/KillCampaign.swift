import EventStore
import Foundation
import SeededRandom

#if canImport(Glibc)
    import Glibc
#endif

/// The real-process kill campaign: runs the built `caseledger import` on generated batches and SIGKILLs it
/// at seeded random moments; after every kill it checks the ledger as a user would find it:
/// `caseledger verify` passes, every acknowledged batch (exit 0) is whole, no batch is partly present,
/// no source id appears twice, positions are contiguous. A killed batch is imported again (as an operator
/// would), so each batch ends up present exactly once. Every `probeInterval` imports, a concurrency probe
/// runs a second writer and readers beside an importer (`KillCampaign+ConcurrentAccess.swift`).
public struct KillCampaign {
    let binary: URL
    let directory: URL
    var random: SplitMix64
    /// Every batch written so far, by number; `acknowledged` and `mustBeAbsent` name some of them.
    var batches: [CampaignBatch] = []
    var acknowledged: Set<Int> = []
    /// Batches of second writers refused with 75: they must never appear.
    var mustBeAbsent: Set<Int> = []
    /// The ledger as the last check found it.
    var lastSnapshot = LedgerSnapshot()
    /// An import of n events is expected to take `startSeconds` + n × `secondsPerEvent` and is killed after
    /// (0.2 + u) × that, u uniform in [0, 1). `startSeconds` is timed once (`caseledger info`: process start
    /// and ledger open); `secondsPerEvent` is the running mean of the imports that were not killed.
    var startSeconds = 0.0
    var secondsPerEvent = 0.0
    /// How long the last full `projections rebuild` took: a rebuild is killed within 1.2× that.
    var fullRebuildSeconds = 0.0
    /// A killed batch is imported again: killed again at most this many times, never once it is whole.
    static let killsPerBatchMax = 3
    public internal(set) var figures = KillCampaignFigures()
    let probeInterval: Int
    /// Children per batch are drawn from 1...batchChildrenMax (6 events each); a probe imports probeChildren.
    let batchChildrenMax: Int
    let probeChildren: Int

    var ledger: String { directory.appendingPathComponent("ledger").path }

    /// A campaign in `directory` (created if missing; it must not hold a ledger yet) with the `caseledger`
    /// binary at `binary`.
    public init(
        binary: URL, directory: URL, seed: UInt64, probeInterval: Int = 10, batchChildrenMax: Int = 120,
        probeChildren: Int = 300
    ) throws {
        self.binary = binary
        self.directory = directory
        self.probeInterval = probeInterval
        self.batchChildrenMax = batchChildrenMax
        self.probeChildren = probeChildren
        random = SplitMix64(seed: seed)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    /// Runs until `killCount` imports were killed; `progress` gets a line every 10 kills.
    public mutating func run(killCount: Int, progress: (String) -> Void = { _ in }) throws {
        try expect(caseledger(["init", "--ledger", ledger]), exits: 0, "init")
        let started = Date()
        try expect(caseledger(["info", "--ledger", ledger]), exits: 0, "info")
        startSeconds = Date().timeIntervalSince(started)
        try importWithoutKill(newBatch(childCount: 20))  // calibrates the kill moments
        var pending: CampaignBatch?
        var killsOfPending = 0
        while figures.kills < killCount {
            if figures.importsStarted % probeInterval == 0 { try probeConcurrentAccess() }
            if let batch = pending,
                killsOfPending >= Self.killsPerBatchMax || lastSnapshot.presence(of: batch).count == batch.eventCount
            {
                try importWithoutKill(batch)
                pending = nil
                continue
            }
            let batch = try pending ?? newBatch(childCount: 1 + random.next(below: batchChildrenMax))
            let killed = try importAndKill(batch)
            killsOfPending = killed ? (pending == nil ? 1 : killsOfPending + 1) : 0
            pending = killed ? batch : nil
            if killed, figures.kills % 10 == 0 { progress("\(figures.kills) kills") }
        }
        if let pending { try importWithoutKill(pending) }
        let final = try check(after: "the last import")
        try checkProjections(after: "the last import")
        figures.recoveryRecords = final.recoveryRecordCount
        figures.eventsInLedger = final.eventsBySourceID.count
    }

    /// Starts an import of `batch`, kills it after a seeded delay, checks the ledger; true if it was killed.
    private mutating func importAndKill(_ batch: CampaignBatch) throws -> Bool {
        let expectedSeconds = startSeconds + Double(batch.eventCount) * secondsPerEvent
        let delaySeconds = (0.2 + random.unitInterval()) * expectedSeconds
        figures.importsStarted += 1
        let started = Date()
        let child = try CampaignProcess(binary: binary, arguments: importArguments(batch), directory: directory)
        usleep(UInt32(delaySeconds * 1_000_000))
        child.kill()
        let outcome = child.wait()
        if outcome.wasSignalled && outcome.status == SIGKILL {
            figures.kills += 1
            let snapshot = try check(after: "kill \(figures.kills) (batch \(batch.number))")
            if snapshot.presence(of: batch).count == 0 {
                figures.killedBatchesAbsent += 1
            } else {
                figures.killedBatchesWhole += 1
            }
            lastSnapshot = snapshot
            return true
        }
        try acknowledge(batch, outcome, seconds: Date().timeIntervalSince(started))
        return false
    }

    /// Imports `batch` to the end; it must succeed.
    mutating func importWithoutKill(_ batch: CampaignBatch) throws {
        figures.importsStarted += 1
        let started = Date()
        let outcome = try caseledger(importArguments(batch))
        try acknowledge(batch, outcome, seconds: Date().timeIntervalSince(started))
    }

    /// Records an import that ended on its own: exit 0 with every event appended or already present.
    private mutating func acknowledge(_ batch: CampaignBatch, _ outcome: ProcessOutcome, seconds: Double) throws {
        guard outcome.exited(0) else {
            figures.violations.append("import of batch \(batch.number) ended \(describe(outcome))")
            return
        }
        acknowledged.insert(batch.number)
        figures.importsAcknowledged += 1
        let perEvent = max(0, seconds - startSeconds) / Double(batch.eventCount)
        secondsPerEvent = secondsPerEvent == 0 ? perEvent : 0.8 * secondsPerEvent + 0.2 * perEvent
        lastSnapshot = try check(after: "import of batch \(batch.number)")
    }

    /// A new batch file of `childCount` children's journeys.
    mutating func newBatch(childCount: Int) throws -> CampaignBatch {
        let batch = CampaignBatch(number: batches.count, childCount: childCount, prefix: "K")
        try Data(batch.jsonl.utf8).write(to: directory.appendingPathComponent(batch.fileName))
        batches.append(batch)
        return batch
    }

    func importArguments(_ batch: CampaignBatch) -> [String] {
        ["import", "--ledger", ledger, batch.fileName]
    }

    func caseledger(_ arguments: [String]) throws -> ProcessOutcome {
        try CampaignProcess.run(binary: binary, arguments: arguments, directory: directory)
    }

    private func expect(_ outcome: ProcessOutcome, exits code: Int32, _ what: String) throws {
        guard outcome.exited(code) else { throw CampaignError("\(what) ended \(describe(outcome))") }
    }

    func describe(_ outcome: ProcessOutcome) -> String {
        (outcome.wasSignalled ? "by signal \(outcome.status)" : "with exit \(outcome.status)")
            + ": \(outcome.errorOutput.prefix(400))"
    }
}

/// A campaign that could not run (not an invariant violation: the set-up failed).
public struct CampaignError: Error, CustomStringConvertible {
    public let description: String
    init(_ description: String) { self.description = description }
}
