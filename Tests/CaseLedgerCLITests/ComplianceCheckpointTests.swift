import Foundation
import Testing

/// `compliance` answers from the projection checkpoint when it describes a prefix of the ledger, and its
/// answer is byte-identical to the one folded from the log.
@Suite struct ComplianceCheckpointTests {
    static func compliance(_ ledger: LedgerFixture, checkpoint: String? = nil) throws -> CLIResult {
        try ledger.run(
            "compliance",
            ["--from", "2013-04-01", "--to", "2014-03-31", "--format", "json"]
                + (checkpoint.map { ["--checkpoint", $0] } ?? []))
    }

    @Test func complianceFromACurrentOrStaleCheckpointEqualsComplianceFromTheLog() throws {
        let ledger = try ProjectionsCommandTests.scenario()
        let absent = ledger.process.path("absent.bin")
        let fromLog = try Self.compliance(ledger, checkpoint: absent)
        #expect(fromLog.exitStatus == 0 && fromLog.errorOutput.isEmpty, "\(fromLog.errorOutput)")
        _ = try ProjectionsCommandTests.projections(ledger, ["rebuild"])
        let current = try Self.compliance(ledger)
        #expect(current.exitStatus == 0 && current.errorOutput.isEmpty && current.output == fromLog.output)
        try ledger.appendCaseEvent(99, child: "C2", type: "CinPlanStarted", on: "2013-06-12", data: "{}")
        let stale = try Self.compliance(ledger)
        let staleFromLog = try Self.compliance(ledger, checkpoint: absent)
        #expect(stale.exitStatus == 0 && stale.output == staleFromLog.output)
        #expect(stale.output != fromLog.output)
    }

    @Test func complianceWarnsAboutADamagedCheckpointAndAnswersFromTheLog() throws {
        let ledger = try ProjectionsCommandTests.scenario()
        _ = try ProjectionsCommandTests.projections(ledger, ["rebuild"])
        let path = ProjectionsCommandTests.checkpointPath(ledger)
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        bytes[30] ^= 0x10
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let result = try Self.compliance(ledger)
        #expect(result.exitStatus == 0)
        #expect(result.errorOutput.contains("caseledger compliance: warning: checkpoint \(path) is unusable"))
        let fromLog = try Self.compliance(ledger, checkpoint: ledger.process.path("absent.bin"))
        #expect(result.output == fromLog.output)
    }
}
