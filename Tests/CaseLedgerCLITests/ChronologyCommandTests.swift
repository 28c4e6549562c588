import Foundation
import Testing

/// A child `C-0001` of household `H-0001`: a registration, a strategy discussion, a visit on 4 March 2014
/// recorded only on 3 April, and a visit on 10 March retracted on 25 March.
private func line(_ id: String, _ type: String, on date: String, recorded: String, data: String, extra: String = "")
    -> String
{
    #"{"eventId":"\#(id)","childId":"C-0001",\#(extra)"occurredOn":"\#(date)","recordedAt":"\#(recorded)T12:00:00Z","#
        + #""actor":{"recordedBy":"sw-7","team":"team-3","agency":"health"},"type":"\#(type)","schemaVersion":1,"#
        + #""data":\#(data)}"#
}

private let visit = #"{"visitKind":"childProtection","childSeen":true,"childSeenAlone":false}"#
private let lines = [
    line(
        "E-1", "ChildRegistered", on: "2014-01-02", recorded: "2014-01-02",
        data: #"{"birthDate":"2010-05-01","ethnicity":"WBRI","disabilities":["NONE"]}"#,
        extra: #""householdId":"H-0001","#),
    line(
        "E-2", "StrategyDiscussionHeld", on: "2014-03-03", recorded: "2014-03-03",
        data: #"{"form":"meeting","initiatesSection47":true,"attendingAgencies":["police"]}"#,
        extra: #""occurredAt":"2014-03-03T10:00:00Z","#),
    line("E-3", "StatutoryVisitMade", on: "2014-03-10", recorded: "2014-03-10", data: visit),
    line(
        "E-4", "EventRetracted", on: "2014-03-25", recorded: "2014-03-25",
        data: #"{"retractedEventId":"E-3","retractedType":"StatutoryVisitMade","reason":"wrong file"}"#),
    line("E-5", "StatutoryVisitMade", on: "2014-03-04", recorded: "2014-04-03", data: visit),
]

private func importedLedger() throws -> LedgerFixture {
    let fixture = try LedgerFixture()
    let file = fixture.process.path("child.jsonl")
    try (lines.joined(separator: "\n") + "\n").write(toFile: file, atomically: true, encoding: .utf8)
    let result = try fixture.run("import", [file])
    #expect(result.exitStatus == 0, "import failed: \(result.errorOutput)")
    return fixture
}

@Test func chronologyKnownAtLeavesOutTheLateVisitAndShowsTheOtherAsThenOnFile() throws {
    let fixture = try importedLedger()
    let then = try fixture.run("chronology", ["C-0001", "--purpose", "test", "--known-at", "2014-03-20"])
    #expect(then.exitStatus == 0, "\(then.errorOutput)")
    #expect(!then.output.contains("@4"))  // the 4 March visit (position 4) was recorded on 3 April
    #expect(then.output.contains("StatutoryVisitMade  @2") && !then.output.contains("RETRACTED"))
    let now = try fixture.run("chronology", ["C-0001", "--purpose", "test"])
    #expect(now.output.contains("@4") && now.output.contains("RETRACTED ~~StatutoryVisitMade~~"))
}

@Test func chronologyDiffListsTheAddedAndRetractedVisits() throws {
    let fixture = try importedLedger()
    let result = try fixture.process.run([
        "chronology", "diff", "C-0001", "--purpose", "test", "--ledger", fixture.ledger, "--known-at", "2014-03-20", "--known-at",
        "2014-04-04",
    ])
    #expect(result.exitStatus == 0, "\(result.errorOutput)")
    #expect(result.output.contains("1 added, 0 corrected, 1 retracted"))
}

@Test func chronologyPseudonymisedLeaksNoIdentifierAndKeepsTheKeyFile() throws {
    let fixture = try importedLedger()
    let key = fixture.process.path("review-key.json")
    for format in ["text", "html", "json", "csv", "md"] {
        let result = try fixture.run("chronology", ["C-0001", "--purpose", "test", "--pseudonymise", key, "--format", format])
        #expect(result.exitStatus == 0, "\(result.errorOutput)")
        for id in ["C-0001", "--purpose", "test", "H-0001", "sw-7", "team-3", "E-1", "E-2", "E-3", "E-4", "E-5", "wrong file"] {
            #expect(!result.output.contains(id), "\(format) shows \(id)")
        }
        #expect(result.output.contains("Child R") && result.output.contains("Worker A"))
    }
    #expect(try String(contentsOfFile: key, encoding: .utf8).contains("\"C-0001\": \"Child R\""))
    let mode = try FileManager.default.attributesOfItem(atPath: key)[.posixPermissions] as? Int
    #expect(mode == 0o600)
}

@Test func chronologyOfAnUnknownChildExits66() throws {
    let fixture = try importedLedger()
    let result = try fixture.run("chronology", ["C-9999", "--purpose", "test"])
    #expect(result.exitStatus == 66)
    #expect(result.errorOutput.contains("no stream child-C-9999"))
}

@Test func chronologyRefusesABadKnownAtAndTwoOfThem() throws {
    let fixture = try importedLedger()
    #expect(try fixture.run("chronology", ["C-0001", "--purpose", "test", "--known-at", "March"]).exitStatus == 64)
    let two = try fixture.run("chronology", ["C-0001", "--purpose", "test", "--known-at", "2014-03-01", "--known-at", "2014-04-01"])
    #expect(two.exitStatus == 64)
}

@Test func chronologyHTMLIsWrittenToTheOutputFile() throws {
    let fixture = try importedLedger()
    let path = fixture.process.path("out/chronology.html")
    let result = try fixture.run(
        "chronology", ["C-0001", "--purpose", "test", "--household", "--known-at", "2014-04-04", "--format", "html", "--output", path])
    #expect(result.exitStatus == 0, "\(result.errorOutput)")
    let html = try String(contentsOfFile: path, encoding: .utf8)
    #expect(html.hasPrefix("<!DOCTYPE html>") && html.contains("<svg") && html.hasSuffix("</html>\n"))
}
