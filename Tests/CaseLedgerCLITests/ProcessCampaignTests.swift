import Foundation
import SeededRandom
import Testing

@testable import ProcessCampaigns

#if canImport(Glibc)
    import Glibc
#endif

/// The short forms of `caseledger-campaign kill` and `fuzz` (docs/reliability.md), against the built binary.
@Suite struct ProcessCampaignTests {
    @Test func importsKilledAtSeededMomentsKeepEveryAcknowledgedBatchWholeAndNoneInPart() throws {
        let process = try CLIProcess()
        var campaign = try KillCampaign(
            binary: try CLIProcess.binaryURL(), directory: URL(fileURLWithPath: process.path("kill")), seed: 9,
            probeInterval: 4, batchChildrenMax: 30, probeChildren: 100)
        try campaign.run(killCount: 4)
        let figures = campaign.figures
        #expect(figures.violations.isEmpty, "\(figures.violations)")
        #expect(figures.kills == 4)
        #expect(figures.killedBatchesAbsent + figures.killedBatchesWhole == 4)
        #expect(figures.probes >= 1)
        #expect(figures.secondWritersRefused + figures.secondWritersAfterRelease == figures.probes)
        #expect(figures.concurrentReaders >= figures.probes)
        #expect(figures.eventsInLedger > 0)
        #expect(figures.projectionChecks == figures.probes + 1)
    }

    @Test func mutatedImportsAreImportedWholeOrRefusedNamingLineAndFieldWithTheLedgerUnchanged() throws {
        let process = try CLIProcess()
        var campaign = try ImportFuzzCampaign(
            binary: try CLIProcess.binaryURL(), directory: URL(fileURLWithPath: process.path("fuzz")), seed: 3)
        try campaign.run(caseCount: 40)
        let figures = campaign.figures
        #expect(figures.violations.isEmpty, "\(figures.violations)")
        #expect(figures.cases == 40)
        #expect(figures.refused > 0)
        #expect(figures.jsonlCases > 0 && figures.csvCases > 0)
        #expect(figures.importedWhole + figures.refused == 40)
    }

    @Test func anImportWhileAnotherProcessHoldsTheWriterLockIsRefusedWith75AndWritesNothing() throws {
        let fixture = try LedgerFixture()
        let batch = CampaignBatch(number: 0, childCount: 2, prefix: "L")
        try Data(batch.jsonl.utf8).write(to: URL(fileURLWithPath: fixture.process.path(batch.fileName)))
        let descriptor = open(fixture.ledger + "/LOCK", O_RDWR | O_CREAT, 0o644)
        try #require(descriptor >= 0)
        try #require(flock(descriptor, LOCK_EX | LOCK_NB) == 0)
        #expect(CampaignProcess.holdsFileLock(processID: getpid()))
        let refused = try fixture.run("import", [batch.fileName])
        close(descriptor)
        #expect(refused.exitStatus == 75)
        #expect(refused.errorOutput.contains("lock"))
        #expect(try LedgerSnapshot.read(directory: fixture.ledger).recordCount == 0)
        #expect(try fixture.run("import", [batch.fileName]).exitStatus == 0)
        #expect(try LedgerSnapshot.read(directory: fixture.ledger).presence(of: batch).count == batch.eventCount)
    }
}

/// The campaigns' own judges must be able to fail: each is shown a state it must reject.
@Suite struct ProcessCampaignJudgeTests {
    @Test func theKillCheckReportsAPartlyPresentBatchALostAcknowledgedOneAndAGap() throws {
        let process = try CLIProcess()
        var campaign = try KillCampaign(
            binary: try CLIProcess.binaryURL(), directory: URL(fileURLWithPath: process.path("judge")), seed: 1)
        let partial = try campaign.newBatch(childCount: 1)
        let acknowledged = try campaign.newBatch(childCount: 1)
        campaign.acknowledged.insert(acknowledged.number)
        var snapshot = LedgerSnapshot()
        for (offset, id) in partial.eventIDsByTag[0].ids.prefix(3).enumerated() {
            snapshot.eventsBySourceID[id] = (UInt64(offset), CampaignEvents.stream(tag: partial.eventIDsByTag[0].tag))
        }
        snapshot.gaps = [7]
        let problems = campaign.problems(in: snapshot)
        #expect(problems.contains("batch 0 is partly present: 3 of 6 events"))
        #expect(problems.contains("acknowledged batch 1 lost 6 events"))
        #expect(problems.contains("position 7 does not follow its predecessor"))
    }

    @Test(arguments: [
        ("caseledger import: error f.jsonl:6 data.reason \"bogus\": unknownCode", true),
        ("caseledger import: error f.jsonl:1:110: jsonSyntax (nesting deeper than 64 levels)", true),
        ("caseledger import: error f.jsonl:0 data.reason: unknownCode", false),
        ("caseledger import: error f.jsonl: unreadable", false),
        ("caseledger import: error f.jsonl:3 ", false),
    ])
    func aRefusalMustNameALineAndAFieldOrColumn(line: String, isClear: Bool) {
        #expect(ImportFuzzCampaign.namesLineAndField(Substring(line), fileName: "f.jsonl") == isClear)
    }

    @Test func everyMutationChangesAValidFileAndTheSameSeedGivesTheSameBytes() {
        let valid = Array(CampaignEvents.jsonLines(tag: "M").map { $0 + "\n" }.joined().utf8)
        for mutation in ImportMutation.allCases {
            var first = SplitMix64(seed: 5)
            var second = SplitMix64(seed: 5)
            let mutated = mutation.apply(to: valid, format: "jsonl", random: &first)
            #expect(mutated != valid, "\(mutation) left the input as it was")
            #expect(mutation.apply(to: valid, format: "jsonl", random: &second) == mutated)
        }
    }
}
