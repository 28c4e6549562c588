import Foundation
import Testing

@Suite struct ProjectionsCommandTests {
    /// A fixture holding the compliance scenario (12 events, positions 0–11).
    static func scenario() throws -> LedgerFixture {
        let ledger = try LedgerFixture()
        try ledger.appendComplianceScenario()
        return ledger
    }

    /// Runs `caseledger projections ARGUMENTS --ledger DIR` (the subcommand comes first).
    static func projections(_ ledger: LedgerFixture, _ arguments: [String]) throws -> CLIResult {
        try ledger.process.run(["projections"] + arguments + ["--ledger", ledger.ledger])
    }

    static func checkpointPath(_ ledger: LedgerFixture) -> String { ledger.ledger + "/projections/checkpoint.bin" }

    @Test func firstRebuildFoldsEveryEventAndWritesTheCheckpoint() throws {
        let ledger = try Self.scenario()
        let result = try Self.projections(ledger, ["rebuild"])
        #expect(result.exitStatus == 0, "\(result.errorOutput)")
        #expect(result.output.hasPrefix("full: folded 12 events from position 0\n"))
        #expect(result.output.contains("position    11\n"))
        #expect(FileManager.default.fileExists(atPath: Self.checkpointPath(ledger)))
    }

    @Test func rebuildWithACheckpointFoldsOnlyTheNewEvents() throws {
        let ledger = try Self.scenario()
        _ = try Self.projections(ledger, ["rebuild"])
        try ledger.appendCaseEvent(
            99, child: "C2", type: "CinPlanStarted", on: "2013-06-12", data: "{}")
        let result = try Self.projections(ledger, ["rebuild"])
        #expect(result.exitStatus == 0)
        #expect(result.output.hasPrefix("incremental: folded 1 events after checkpoint position 11\n"))
        let full = try Self.projections(
            ledger, ["rebuild", "--full", "--checkpoint", ledger.process.path("full.json")])
        #expect(full.output.hasPrefix("full: folded 13 events"))
        let stateHash = { (text: String) in text.split(separator: "\n").first { $0.hasPrefix("state hash") } }
        #expect(stateHash(result.output) != nil && stateHash(result.output) == stateHash(full.output))
    }

    @Test func rebuildWithACheckpointOfAnotherLedgerFallsBackToAFullRebuild() throws {
        let ledger = try Self.scenario()
        let other = try LedgerFixture()
        try other.appendCaseEvent(1, child: "C9", type: "CinPlanStarted", on: "2013-06-12", data: "{}")
        let foreign = other.process.path("foreign.json")
        _ = try Self.projections(other, ["rebuild", "--checkpoint", foreign])
        let result = try Self.projections(ledger, ["rebuild", "--checkpoint", foreign])
        #expect(result.exitStatus == 0)
        #expect(result.output.hasPrefix("full: folded 12 events from position 0 (checkpoint "))
        #expect(result.output.contains("chain head that differs from the ledger's record at position 0"))
    }

    @Test func rebuildNeverReplacesACheckpointByOneCoveringLess() throws {
        let longer = try Self.scenario()
        try longer.appendCaseEvent(99, child: "C2", type: "CinPlanStarted", on: "2013-06-12", data: "{}")
        _ = try Self.projections(longer, ["rebuild"])
        let ledger = try Self.scenario()
        let path = Self.checkpointPath(ledger)
        try FileManager.default.createDirectory(
            atPath: ledger.ledger + "/projections", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Self.checkpointPath(longer), toPath: path)
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        for arguments in [["rebuild"], ["rebuild", "--full"]] {
            let result = try Self.projections(ledger, arguments)
            #expect(result.exitStatus == 65, "\(arguments): \(result.output)")
            #expect(
                result.errorOutput.contains("covers the ledger to position 12, but the ledger now ends at position 11"))
            #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        }
    }

    @Test func verifyMatchesAFreshCheckpoint() throws {
        let ledger = try Self.scenario()
        _ = try Self.projections(ledger, ["rebuild"])
        let result = try Self.projections(ledger, ["verify"])
        #expect(result.exitStatus == 0)
        #expect(result.output.contains("matches a rebuild from position 0 to position 11"))
    }

    @Test(arguments: [24, 25, -40, -1])
    func verifyFailsWithFindingsAfterTheCheckpointIsTampered(offset: Int) throws {
        let ledger = try Self.scenario()
        _ = try Self.projections(ledger, ["rebuild"])
        let url = URL(fileURLWithPath: Self.checkpointPath(ledger))
        var bytes = [UInt8](try Data(contentsOf: url))
        bytes[offset < 0 ? bytes.count + offset : offset] ^= 0x04
        try Data(bytes).write(to: url)
        let result = try Self.projections(ledger, ["verify"])
        #expect(result.exitStatus == 1)
        #expect(result.output.contains("does not match") && result.output.contains("does not hash to the recorded"))
    }

    @Test func statusWarnsAndRebuildsOverAnOlderJSONCheckpoint() throws {
        let ledger = try Self.scenario()
        let path = ledger.process.path("older.json")
        let older = #"{"format":"caseledger.projection-checkpoint/1","state":{}}"#
        try Data(older.utf8).write(to: URL(fileURLWithPath: path))
        let status = try Self.projections(ledger, ["status", "--checkpoint", path])
        #expect(status.exitStatus == 0 && status.output.contains("children        3\n"))
        #expect(status.errorOutput.contains("JSON checkpoint of format 4 or older"))
        let rebuilt = try Self.projections(ledger, ["rebuild", "--checkpoint", path])
        #expect(rebuilt.exitStatus == 0)
        #expect(rebuilt.output.hasPrefix("full: folded 12 events from position 0 (checkpoint "))
        #expect(try Self.projections(ledger, ["verify", "--checkpoint", path]).exitStatus == 0)
    }

    @Test func verifyOfACheckpointFromAnotherLedgerReportsWhatDiffers() throws {
        let ledger = try Self.scenario()
        let other = try Self.scenario()
        try other.appendCaseEvent(99, child: "C2", type: "CinPlanStarted", on: "2013-06-12", data: "{}")
        let path = other.process.path("longer.json")
        _ = try Self.projections(other, ["rebuild", "--checkpoint", path])
        let result = try Self.projections(ledger, ["verify", "--checkpoint", path])
        #expect(result.exitStatus == 1)
        #expect(result.output.contains("position 12 is past the ledger's end (12 records)"))
        #expect(result.output.contains("state hash: stored "))
    }

    @Test func verifyWithoutACheckpointIsNotFound() throws {
        let ledger = try Self.scenario()
        let result = try Self.projections(ledger, ["verify"])
        #expect(result.exitStatus == 66)
    }

    @Test func malformedCheckpointIsADataErrorForVerifyAndAWarnedRebuildForStatus() throws {
        let ledger = try Self.scenario()
        let path = ledger.process.path("bad.json")
        try Data("not json".utf8).write(to: URL(fileURLWithPath: path))
        #expect(try Self.projections(ledger, ["verify", "--checkpoint", path]).exitStatus == 65)
        let status = try Self.projections(ledger, ["status", "--checkpoint", path])
        #expect(status.exitStatus == 0 && status.output.contains("children        3\n"))
        #expect(status.errorOutput.contains("warning: checkpoint \(path) is unusable"))
    }

    @Test func statusCountsTheCaseload() throws {
        let ledger = try Self.scenario()
        let result = try Self.projections(ledger, ["status", "--json"])
        #expect(result.exitStatus == 0)
        let expected =
            #"{"asOf":null,"children":3,"cinPlans":0,"cpPlans":1,"cpPlansByCategory":{"NEG":1},"#
            + #""lookedAfter":1,"openReferrals":1}"# + "\n"
        #expect(result.output == expected)
        let before = try Self.projections(ledger, ["status", "--as-of", "2013-06-01", "--json"])
        #expect(before.output.contains(#""cpPlans":0"#) && before.output.contains(#""lookedAfter":0"#))
    }

    @Test func statusOfOneChildPrintsItsCaseState() throws {
        let ledger = try Self.scenario()
        let result = try Self.projections(ledger, ["status", "--child", "C1"])
        #expect(result.exitStatus == 0)
        #expect(result.output.contains("CP plan since        2013-06-04\n"))
        #expect(result.output.contains("allocated team       north\n"))
        let json = try Self.projections(ledger, ["status", "--child", "C3", "--json"])
        #expect(json.output.contains(#""lookedAfterSince":"2013-06-07""#))
    }

    @Test(arguments: [(["--child", "C404"], Int32(66)), (["--as-of", "2013-13-01"], Int32(64))])
    func statusRefusesAnUnknownChildAndABadDate(arguments: [String], exitStatus: Int32) throws {
        let ledger = try Self.scenario()
        let result = try Self.projections(ledger, ["status"] + arguments)
        #expect(result.exitStatus == exitStatus)
        #expect(result.errorOutput.hasPrefix("caseledger projections status: error: "))
    }
}
