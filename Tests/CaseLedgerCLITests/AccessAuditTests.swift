import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// A ledger with child `C-0007` (registered in household `H-0007` with a sibling `C-0008`) and a note stream.
private func auditedLedger() throws -> LedgerFixture {
    let fixture = try LedgerFixture()
    let actor = #""actor":{"recordedBy":"sw-4","team":"team-2","agency":"la"},"schemaVersion":1"#
    let registered =
        #""type":"ChildRegistered","data":{"birthDate":"2011-03-01","ethnicity":"WBRI","disabilities":["NONE"]}"#
    let joined = { (id: String, child: String) in
        #"{"eventId":"\#(id)","householdId":"H-0007","occurredOn":"2015-05-01","recordedAt":"2015-05-01T10:00:00Z",\#(actor),"#
            + #""type":"HouseholdMembershipChanged","data":{"personId":"\#(child)","role":"child","change":"joined"}}"#
    }
    let lines = [
        joined("M-1", "C-0007"), joined("M-2", "C-0008"),
        #"{"eventId":"A-1","childId":"C-0007","householdId":"H-0007","occurredOn":"2015-05-01","recordedAt":"2015-05-01T10:00:00Z",\#(actor),\#(registered)}"#,
        #"{"eventId":"A-2","childId":"C-0008","householdId":"H-0007","occurredOn":"2015-05-01","recordedAt":"2015-05-01T10:00:00Z",\#(actor),\#(registered)}"#,
    ]
    let file = fixture.process.path("children.jsonl")
    try (lines.joined(separator: "\n") + "\n").write(toFile: file, atomically: true, encoding: .utf8)
    let imported = try fixture.run("import", [file])
    #expect(imported.exitStatus == 0, "import failed: \(imported.errorOutput)")
    try fixture.append(stream: "notes-1", type: "note.recorded", payload: #"{"n":1}"#)
    return fixture
}

/// The access log of `child` as JSON objects.
private func accessLog(_ fixture: LedgerFixture, _ child: String) throws -> [[String: Any]] {
    let result = try fixture.run("access-log", [child, "--json"])
    #expect(result.exitStatus == 0, "\(result.errorOutput)")
    return try LedgerFixture.jsonLines(result.output)
}

@Test func aChronologyReadIsRecordedWithWhoWhyAndWhatBeforeItIsShown() throws {
    let fixture = try auditedLedger()
    let result = try fixture.run("chronology", ["C-0007", "--purpose", "strategy discussion prep"])
    #expect(result.exitStatus == 0, "\(result.errorOutput)")
    #expect(result.output.contains("Chronology of C-0007"))
    let log = try accessLog(fixture, "C-0007")
    #expect(log.count == 1)
    #expect(log.first?["user"] as? String == CLIProcess.testUser)
    #expect(log.first?["purpose"] as? String == "strategy discussion prep")
    #expect(log.first?["command"] as? String == "chronology")
    #expect(log.first?["streams"] as? [String] == ["child-C-0007"])
    #expect(log.first?["noAudit"] as? Bool == false)
    #expect(try accessLog(fixture, "C-0008").isEmpty)
    let text = try fixture.run("access-log", ["C-0007"])
    #expect(text.output.contains("cli-test-user  chronology  strategy discussion prep  [child-C-0007]"))
}

@Test func aHouseholdChronologyIsRecordedForEveryChildItShows() throws {
    let fixture = try auditedLedger()
    let result = try fixture.run("chronology", ["C-0007", "--household", "--purpose", "sibling review"])
    #expect(result.exitStatus == 0, "\(result.errorOutput)")
    for child in ["C-0007", "C-0008"] {
        let log = try accessLog(fixture, child)
        #expect(log.count == 1 && log.first?["childId"] as? String == child, "\(child)")
        #expect(log.first?["streams"] as? [String] == ["child-C-0007", "child-C-0008", "household-H-0007"])
    }
}

@Test func aReadWithoutAKnownUserOrAPurposeIsRefusedAndShowsNothing() throws {
    let fixture = try auditedLedger()
    for user in [nil, "", "  ", "tab\there"] as [String?] {
        let result = try fixture.process.run(
            ["chronology", "C-0007", "--ledger", fixture.ledger, "--purpose", "x"],
            environment: ["CASELEDGER_USER": user])
        #expect(result.exitStatus == 64 && result.output.isEmpty, "user \(String(describing: user))")
        #expect(result.errorOutput.contains("CASELEDGER_USER"))
    }
    let noPurpose = try fixture.run("chronology", ["C-0007"])
    #expect(noPurpose.exitStatus == 64 && noPurpose.errorOutput.contains("--purpose"))
    let readNoPurpose = try fixture.run("read", ["--stream", "child-C-0007"])
    #expect(readNoPurpose.exitStatus == 64 && readNoPurpose.output.isEmpty)
    #expect(try accessLog(fixture, "C-0007").isEmpty)
    #expect(try fixture.run("read", ["--stream", "notes-1"]).exitStatus == 0, "not a child's record: not audited")
    let read = try fixture.run("read", ["--stream", "child-C-0007", "--purpose", "data quality check"])
    #expect(read.exitStatus == 0 && read.output.contains("ChildRegistered"))
    #expect(try accessLog(fixture, "C-0007").map { $0["command"] as? String } == ["read"])
}

@Test func anAccessThatCannotBeRecordedFailsTheReadUnlessNoAuditWhichIsRecordedWhenPossible() throws {
    let fixture = try auditedLedger()
    let descriptor = open(fixture.ledger + "/LOCK", O_RDWR | O_CREAT, 0o644)
    try #require(descriptor >= 0)
    try #require(flock(descriptor, LOCK_EX | LOCK_NB) == 0)
    let refused = try fixture.run("chronology", ["C-0007", "--purpose", "p"])
    #expect(refused.exitStatus == 75 && refused.output.isEmpty)
    #expect(refused.errorOutput.contains("could not be recorded") && refused.errorOutput.contains("--no-audit"))
    let unaudited = try fixture.run("chronology", ["C-0007", "--purpose", "urgent", "--no-audit"])
    #expect(unaudited.exitStatus == 0 && unaudited.output.contains("Chronology of C-0007"))
    #expect(unaudited.errorOutput.contains("warning: this access could not be recorded"))
    flock(descriptor, LOCK_UN)
    close(descriptor)
    #expect(try accessLog(fixture, "C-0007").isEmpty)
    let recorded = try fixture.run("chronology", ["C-0007", "--purpose", "urgent", "--no-audit"])
    #expect(recorded.exitStatus == 0 && recorded.errorOutput.isEmpty)
    #expect(try accessLog(fixture, "C-0007").map { $0["noAudit"] as? Bool } == [true])
}

@Test func accessLogOfAChildWithNoRecordedAccessSaysSo() throws {
    let fixture = try auditedLedger()
    let result = try fixture.run("access-log", ["C-0008"])
    #expect(result.exitStatus == 0 && result.output == "no access to child C-0008 has been recorded\n")
}
