import Foundation
import Testing

@Test func initCreatesAnEmptyLedgerThatInfoDescribes() throws {
    let fixture = try LedgerFixture()
    let result = try fixture.run("info", ["--json"])
    #expect(result.exitStatus == 0)
    let info = try #require(try LedgerFixture.jsonLines(result.output).first)
    #expect(info["recordCount"] as? Int == 0)
    #expect(info["streamCount"] as? Int == 0)
    #expect(info["lastPosition"] is NSNull)
}

@Test func initWhereALedgerExistsCannotCreate() throws {
    let fixture = try LedgerFixture()
    let result = try fixture.process.run(["init", "--ledger", fixture.ledger])
    #expect(result.exitStatus == 73)
    #expect(result.errorOutput.hasPrefix("caseledger init: error: "))
    #expect(result.output.isEmpty)
}

@Test func appendedEventsReadBackInOrderWithPayloadsAndHashes() throws {
    let fixture = try LedgerFixture()
    try fixture.append(stream: "notes-1", type: "referral.received", payload: #"{"n":1}"#)
    try fixture.append(stream: "notes-2", type: "referral.received", payload: #"{"n":2}"#, ["--source-id", "cs-2"])
    let third = try fixture.append(stream: "notes-1", type: "assessment.started", payload: #"{"n":3}"#)
    #expect(third.output.hasPrefix("appended position 2, stream notes-1 version 1, chain hash "))
    let result = try fixture.run("read", ["--json"])
    #expect(result.exitStatus == 0)
    let records = try LedgerFixture.jsonLines(result.output)
    #expect(records.map { $0["position"] as? Int } == [0, 1, 2])
    #expect(records.map { $0["stream"] as? String } == ["notes-1", "notes-2", "notes-1"])
    #expect(records.map { $0["version"] as? Int } == [0, 0, 1])
    #expect(records.map { $0["payload"] as? String } == [#"{"n":1}"#, #"{"n":2}"#, #"{"n":3}"#])
    #expect(records[1]["sourceId"] as? String == "cs-2")
    #expect(records[0]["sourceId"] is NSNull)
    #expect(records.allSatisfy { ($0["chainHash"] as? String)?.count == 64 })
    #expect(records.allSatisfy { ($0["timestamp"] as? String)?.hasSuffix("Z") == true })
}

@Test func readTablePrintsAHeaderAndOneRowPerRecord() throws {
    let fixture = try LedgerFixture()
    try fixture.append(stream: "notes-1", type: "referral.received", payload: "{}")
    let result = try fixture.run("read")
    let lines = result.output.split(separator: "\n")
    #expect(lines.count == 2)
    #expect(lines[0].hasPrefix("POSITION  STREAM"))
    #expect(lines[1].hasPrefix("0         notes-1"))
    #expect(lines[1].contains("referral.received"))
}

@Test(arguments: [
    (["--from", "1", "--limit", "2"], [1, 2]),
    (["--backward"], [4, 3, 2, 1, 0]),
    (["--backward", "--from", "3", "-n", "2"], [3, 2]),
    (["--stream", "even"], [0, 2, 4]),
    (["--stream", "even", "--from", "1"], [2, 4]),
    (["--stream", "even", "--backward", "--limit", "2"], [4, 2]),
    (["--limit", "0"], []),
    (["--from", "99"], []),
])
func readHonoursFromLimitBackwardAndStream(arguments: [String], positions: [Int]) throws {
    let fixture = try LedgerFixture()
    for index in 0..<5 {
        try fixture.append(stream: index % 2 == 0 ? "even" : "odd", type: "tick", payload: "\(index)")
    }
    let result = try fixture.run("read", arguments + ["--json"])
    #expect(result.exitStatus == 0, "\(result.errorOutput)")
    #expect(try LedgerFixture.jsonLines(result.output).map { $0["position"] as? Int } == positions)
}

@Test func readOfAStreamWithNoRecordsIsNotFound() throws {
    let fixture = try LedgerFixture()
    let result = try fixture.run("read", ["--stream", "nobody"])
    #expect(result.exitStatus == 66)
    #expect(result.errorOutput == "caseledger read: error: stream nobody has no records\n")
    #expect(result.output.isEmpty)
}

@Test func verifyAndInfoReportAnIntactLedger() throws {
    let fixture = try LedgerFixture()
    try fixture.append(stream: "a", type: "t", payload: "1")
    try fixture.append(stream: "b", type: "t", payload: "2")
    let verify = try fixture.run("verify")
    #expect(verify.exitStatus == 0)
    #expect(verify.output.hasPrefix("ledger \(fixture.ledger) is intact: 2 records checked, chain head "))
    let info = try #require(try LedgerFixture.jsonLines(try fixture.run("info", ["--json"]).output).first)
    #expect(info["recordCount"] as? Int == 2)
    #expect(info["streamCount"] as? Int == 2)
    #expect(info["lastPosition"] as? Int == 1)
    let verifyJSON = try #require(try LedgerFixture.jsonLines(try fixture.run("verify", ["--json"]).output).first)
    #expect(verifyJSON["intact"] as? Bool == true)
    #expect(verifyJSON["chainHead"] as? String == info["chainHead"] as? String)
}

@Test func commandOnAMissingLedgerIsNotFound() throws {
    let process = try CLIProcess()
    let result = try process.run(["info", "--ledger", process.path("nothing-here")])
    #expect(result.exitStatus == 66)
    #expect(result.errorOutput.hasPrefix("caseledger info: error: "))
}
