import LedgerSimulation
import Testing

/// The short form of the `caseledger-sim` campaign: every seed must keep every invariant.
@Test(arguments: UInt64(0)..<24)
func simulatedSeedKeepsEveryAcknowledgedRecordAndTheChain(seed: UInt64) {
    var run = SimulationRun(seed: seed)
    let figures = run.run()
    #expect(figures.violations.isEmpty, "replay with: caseledger-sim --seed \(seed)\n\(figures.violations)")
    #expect(figures.crashes > 0)
}

@Test func sameSeedReplaysTheSameRun() {
    var first = SimulationRun(seed: 7)
    var second = SimulationRun(seed: 7)
    #expect(first.run() == second.run())
}

@Test func campaignInjectsFaultsAndFlipsBits() {
    var figures = SimulationFigures()
    for seed in UInt64(0)..<24 {
        var run = SimulationRun(seed: seed)
        figures.add(run.run())
    }
    #expect(figures.faultsInjected > 0)
    #expect(figures.appendsFailed > 0)
    #expect(figures.bitFlips > 0)
    #expect(figures.appendsAcknowledged > 100)
}

/// Appends from several threads at once meet in group commits; the invariants hold the same.
@Test(arguments: UInt64(100)..<108)
func simulatedSeedWithConcurrentAppendersKeepsEveryInvariant(seed: UInt64) {
    var run = SimulationRun(seed: seed, concurrentAppenders: true)
    let figures = run.run()
    #expect(figures.violations.isEmpty, "replay with: caseledger-sim --seed \(seed) --threads\n\(figures.violations)")
}

/// Misdirected writes and transient read bit flips: detected as damage or harmless, never a wrong answer,
/// and a transient flip never costs an acknowledged record.
@Test(arguments: UInt64(0)..<16)
func simulatedSeedWithStorageFaultsNeverAnswersWronglyNorLosesToATransientRead(seed: UInt64) {
    var run = SimulationRun(seed: seed, storageFaults: true)
    let figures = run.run()
    #expect(
        figures.violations.isEmpty, "replay with: caseledger-sim --seed \(seed) --storage-faults\n\(figures.violations)"
    )
}

@Test func storageFaultCampaignMisdirectsWritesAndFlipsReads() {
    var figures = SimulationFigures()
    for seed in UInt64(0)..<16 {
        var run = SimulationRun(seed: seed, storageFaults: true)
        figures.add(run.run())
    }
    #expect(figures.misdirectedWrites > 0)
    #expect(figures.misdirectedDetected > 0)
    #expect(figures.readFlips > 0)
    #expect(figures.readFlipsDetected > 0)
}
