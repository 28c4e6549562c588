/// Totals of a kill campaign; `violations` must stay empty.
public struct KillCampaignFigures: Sendable {
    /// Imports started (killed or not), not counting the concurrency probes' second writers.
    public var importsStarted = 0
    /// Imports that ended by the campaign's SIGKILL.
    public var kills = 0
    /// … of which the batch was absent afterwards (killed before its group was written)
    public var killedBatchesAbsent = 0
    /// … and of which the batch was whole afterwards (killed after its group was written, before exit 0;
    /// a whole batch is then imported again without a kill and reports every event already present).
    public var killedBatchesWhole = 0
    /// Imports that exited 0 (acknowledged).
    public var importsAcknowledged = 0
    /// Recovery records in the final ledger (torn tails the engine cut and logged).
    public var recoveryRecords = 0
    /// Events in the final ledger.
    public var eventsInLedger = 0
    /// Concurrency probes run (one large import with a second writer and readers beside it).
    public var probes = 0
    /// Second writers refused with exit 75 while the first importer provably held the lock.
    public var secondWritersRefused = 0
    /// Second writers that ran after the first importer had already released its lock (no verdict).
    public var secondWritersAfterRelease = 0
    /// Reader processes (`read`, `info`, `compliance`) run while an importer was running.
    public var concurrentReaders = 0
    /// Projection checks (after each probe and at the end): a `projections rebuild` killed at a seeded
    /// moment, `projections verify`, then a catch-up rebuild compared with a full rebuild into a fresh file.
    public var projectionChecks = 0
    /// … of which the first rebuild was killed before it ended.
    public var rebuildKills = 0
    /// Invariant violations, each described: any one is a defect.
    public var violations: [String] = []

    public init() {}

    /// One line per figure, for the tool's report.
    public var summary: String {
        """
        imports started       \(importsStarted)
        SIGKILLs              \(kills) (batch absent after \(killedBatchesAbsent), whole after \(killedBatchesWhole))
        imports acknowledged  \(importsAcknowledged)
        events in the ledger  \(eventsInLedger)
        recovery records      \(recoveryRecords)
        probes                \(probes) (second writer refused \(secondWritersRefused), \
        ran after release \(secondWritersAfterRelease); concurrent readers \(concurrentReaders))
        projection checks     \(projectionChecks) (rebuild killed \(rebuildKills))
        violations            \(violations.count)

        """
    }
}
