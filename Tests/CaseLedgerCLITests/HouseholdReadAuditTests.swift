import Foundation
import Testing

/// A ledger with household `H-0031`, whose stream records children `C-0031` and `C-0032` joining it.
private func householdLedger() throws -> LedgerFixture {
    let fixture = try LedgerFixture()
    let actor = #""actor":{"recordedBy":"sw-4","team":"team-2","agency":"la"},"schemaVersion":1"#
    let joined = { (id: String, child: String, date: String) in
        #"{"eventId":"\#(id)","householdId":"H-0031","occurredOn":"\#(date)","recordedAt":"\#(date)T10:00:00Z",\#(actor),"#
            + #""type":"HouseholdMembershipChanged","data":{"personId":"\#(child)","role":"child","change":"joined"}}"#
    }
    let file = fixture.process.path("household.jsonl")
    try [joined("M-1", "C-0031", "2015-05-01"), joined("M-2", "C-0032", "2015-06-01")].joined(separator: "\n")
        .appending("\n").write(toFile: file, atomically: true, encoding: .utf8)
    let imported = try fixture.run("import", [file])
    #expect(imported.exitStatus == 0, "import failed: \(imported.errorOutput)")
    return fixture
}

/// The commands and streams of `child`'s access log.
private func accesses(_ fixture: LedgerFixture, _ child: String) throws -> [String] {
    let result = try fixture.run("access-log", [child, "--json"])
    #expect(result.exitStatus == 0, "\(result.errorOutput)")
    return try LedgerFixture.jsonLines(result.output).map {
        "\($0["command"] as? String ?? "?") \(($0["streams"] as? [String]) ?? [])"
    }
}

@Test func readingAHouseholdStreamIsRecordedForEveryChildItShows() throws {
    let fixture = try householdLedger()
    let refused = try fixture.run("read", ["--stream", "household-H-0031"])
    #expect(refused.exitStatus == 64 && refused.output.isEmpty, "\(refused.output)")
    #expect(try accesses(fixture, "C-0031").isEmpty)
    let read = try fixture.run("read", ["--stream", "household-H-0031", "--json", "--purpose", "sibling check"])
    #expect(read.exitStatus == 0, "\(read.errorOutput)")
    #expect(try LedgerFixture.jsonLines(read.output).count == 2)
    for child in ["C-0031", "C-0032"] {
        #expect(try accesses(fixture, child) == ["read [\"household-H-0031\"]"])
    }
}

@Test func aHouseholdReadIsRecordedOnlyForTheChildrenOfTheRecordsShown() throws {
    let fixture = try householdLedger()
    let read = try fixture.run("read", ["--stream", "household-H-0031", "--limit", "1", "--purpose", "check"])
    #expect(read.exitStatus == 0, "\(read.errorOutput)")
    #expect(try accesses(fixture, "C-0031").count == 1)
    #expect(try accesses(fixture, "C-0032").isEmpty)
}
