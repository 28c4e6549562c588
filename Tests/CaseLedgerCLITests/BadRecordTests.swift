import EventStore
import Foundation
import Testing

/// One bad record must not break the reports for good: appends to case streams are checked like imports,
/// records outside the case streams are outside the projections, and a case-stream record that still does
/// not decode (written through the engine's API) is a finding every report lists.
@Suite struct BadRecordTests {
    /// Appends a record the CLI would refuse, through the engine's API (as an older version could).
    static func appendRaw(to ledger: LedgerFixture, stream: String, payload: String) throws {
        let store = try EventStore.open(directory: ledger.ledger, mode: .readWrite)
        _ = try store.append(
            stream: stream, expectedVersion: .any,
            events: [EventToAppend(type: "Note", schemaVersion: 1, sourceID: nil, payload: Array(payload.utf8))])
        try store.close()
    }

    @Test func appendToACaseStreamRefusesWhatIsNotACatalogueEventAndWritesNothing() throws {
        let ledger = try LedgerFixture()
        let result = try ledger.run("append", ["--stream", "child-C1", "--type", "Note", "--payload", #"{"hello":"world"}"#])
        #expect(result.exitStatus == 65)
        #expect(result.errorOutput.contains("caseledger append: error --payload:1"))
        #expect(!result.errorOutput.contains("world"))
        let info = try #require(try LedgerFixture.jsonLines(try ledger.run("info", ["--json"]).output).first)
        #expect(info["recordCount"] as? Int == 0)
    }

    @Test(arguments: [
        (["--stream", "child-C2"], "--stream child-C2"), (["--type", "CpPlanStarted"], "--type CpPlanStarted"),
        (["--source-id", "other"], "--source-id other"),
    ])
    func appendToACaseStreamRefusesOptionsThatDisagreeWithTheEvent(change: [String], named: String) throws {
        let ledger = try LedgerFixture()
        var options = ["--stream", "child-C1", "--type", "ReferralReceived", "--payload", Self.referral]
        if let index = options.firstIndex(of: change[0]) { options[index + 1] = change[1] } else { options += change }
        let result = try ledger.run("append", options)
        #expect(result.exitStatus == 65)
        #expect(result.errorOutput.contains(named + " does not match the event"))
    }

    @Test func appendOfACatalogueEventToItsStreamIsStoredAsAnImportWouldStoreIt() throws {
        let ledger = try LedgerFixture()
        let spaced = Self.referral.replacingOccurrences(of: ",", with: ", ")
        let first = try ledger.append(stream: "child-C1", type: "ReferralReceived", payload: spaced, ["--json"])
        let retry = try ledger.append(stream: "child-C1", type: "ReferralReceived", payload: Self.referral, ["--json"])
        #expect(retry.output == first.output)
        let records = try LedgerFixture.jsonLines(try ledger.run("read", ["--json"]).output)
        #expect(records.map { $0["sourceId"] as? String } == ["E1"])
        #expect(records.map { $0["payload"] as? String } == [Self.referral])
    }

    @Test func aRecordOutsideTheCaseStreamsLeavesTheReportsWhole() throws {
        let ledger = try LedgerFixture()
        try ledger.appendComplianceScenario()
        try ledger.append(stream: "x-1", type: "t", payload: "{}")
        #expect(try ledger.compliance().exitStatus == 0)
        #expect(try ledger.process.run(["projections", "status", "--ledger", ledger.ledger]).exitStatus == 0)
    }

    @Test func anUndecodableCaseRecordIsAFindingInEveryReportNotAFailure() throws {
        let ledger = try LedgerFixture()
        try ledger.appendComplianceScenario()
        try Self.appendRaw(to: ledger, stream: "child-C9", payload: #"{"hello":"world"}"#)

        let compliance = try ledger.compliance()
        #expect(compliance.exitStatus == 1)
        #expect(compliance.output.contains("Skipped records"))
        #expect(compliance.output.contains("child-C9"))
        #expect(compliance.output.contains("nat.icpc-15"))
        #expect(compliance.errorOutput.contains("position 12, stream child-C9, type Note: unexpectedField at hello"))
        for command in ["rebuild", "status", "status"] {  // status twice: the second from the new checkpoint
            let result = try ledger.process.run(["projections", command, "--ledger", ledger.ledger])
            #expect(result.exitStatus == 1, "\(command)")
            #expect(result.errorOutput.contains("position 12, stream child-C9"), "\(command)")
            #expect(!result.errorOutput.contains("world"))
        }
        let csv = try ledger.compliance(["--format", "csv"])
        #expect(csv.output.contains("skipped records,12,child-C9,Note,unexpectedField at hello"))
    }

    static let referral = """
        {"actor":{"recordedBy":"sw-x"},"childId":"C1","data":{"householdMemberIds":[],"source":"1A"},\
        "eventId":"E1","occurredOn":"2013-05-02","recordedAt":"2013-05-02T12:00:00Z","schemaVersion":1,\
        "type":"ReferralReceived"}
        """
}
