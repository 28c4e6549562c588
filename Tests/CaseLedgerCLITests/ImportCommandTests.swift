import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

@Test func importOfAValidJSONLFilePrintsTheSummaryWithCountsByType() throws {
    let fixture = try LedgerFixture()
    let file = try fixture.write("events.jsonl", lines: ImportSamples.jsonLines)
    let result = try fixture.run("import", [file])
    #expect(result.exitStatus == 0)
    #expect(result.output == ImportSamples.summaryOfAFirstImport)
    #expect(result.errorOutput.isEmpty)
    let info = try #require(try LedgerFixture.jsonLines(try fixture.info()).first)
    #expect(info["recordCount"] as? Int == 6)
    #expect(info["streamCount"] as? Int == 1)
}

@Test func reimportingTheSameFileAppendsNothingAndSucceeds() throws {
    let fixture = try LedgerFixture()
    let file = try fixture.importSampleEvents()
    let before = try fixture.info()
    let again = try fixture.run("import", [file])
    #expect(again.exitStatus == 0)
    #expect(
        again.output
            == "1 file, 6 lines: 0 appended, 6 already present, 0 duplicates, 0 rejected, 0 warnings, 0 errors\n")
    #expect(again.errorOutput.isEmpty)
    #expect(try fixture.info() == before)
}

/// What identifies a stored event independently of when it was appended: its place, type, id and payload.
private func storedEvents(of fixture: LedgerFixture) throws -> [String] {
    try LedgerFixture.jsonLines(try fixture.run("read", ["--json"]).output).map { record in
        ["stream", "version", "type", "schemaVersion", "sourceId", "payloadHash"]
            .map { "\(record[$0] ?? "absent")" }.joined(separator: " ")
    }
}

@Test func csvImportGivesTheSameLedgerAsTheEquivalentJSONLImport() throws {
    let fromJSONL = try LedgerFixture()
    let fromCSV = try LedgerFixture()
    let jsonl = try fromJSONL.run("import", [try fromJSONL.write("events.jsonl", lines: ImportSamples.jsonLines)])
    let csv = try fromCSV.run("import", [try fromCSV.write("events.csv", lines: ImportSamples.csvLines)])
    #expect(jsonl.exitStatus == 0)
    #expect(csv.exitStatus == 0, "\(csv.errorOutput)")
    #expect(csv.output == jsonl.output)
    let jsonlEvents = try storedEvents(of: fromJSONL)
    #expect(jsonlEvents.count == 6)
    #expect(try storedEvents(of: fromCSV) == jsonlEvents)
}

@Test(arguments: [
    ("bad.jsonl", ImportSamples.jsonLines, 6),
    ("bad.csv", ImportSamples.csvLines, 7),
])
func oneBadRowRefusesTheWholeRunNamingFileLineFieldAndReason(name: String, lines: [String], badLine: Int) throws {
    let fixture = try LedgerFixture()
    let file = try fixture.write(name, lines: ImportSamples.withAnUnknownEndReason(lines))
    let before = try fixture.info()
    let result = try fixture.run("import", [file])
    #expect(result.exitStatus == 65)
    #expect(result.output.isEmpty)
    #expect(
        result.errorOutput == """
            caseledger import: error \(name):\(badLine) data.reason "bogus": unknownCode
            caseledger import: error: the input has 1 error; nothing was written

            """)
    #expect(try fixture.info() == before)
}

@Test func skipInvalidAppendsTheValidRowsAndWritesTheRejectedRowWithItsReason() throws {
    let fixture = try LedgerFixture()
    let file = try fixture.write("bad.jsonl", lines: ImportSamples.withAnUnknownEndReason(ImportSamples.jsonLines))
    let result = try fixture.run("import", [file, "--skip-invalid", "--rejects", "rejects.jsonl"])
    #expect(result.exitStatus == 0)
    #expect(result.output.hasPrefix("1 file, 6 lines: 5 appended, 0 already present, 0 duplicates, 1 rejected, "))
    #expect(!result.output.contains("CpPlanEnded"))
    #expect(result.errorOutput == "caseledger import: error bad.jsonl:6 data.reason \"bogus\": unknownCode\n")
    let info = try #require(try LedgerFixture.jsonLines(try fixture.info()).first)
    #expect(info["recordCount"] as? Int == 5)
    let rejects = try String(contentsOfFile: fixture.process.path("rejects.jsonl"), encoding: .utf8)
    let rejected = try LedgerFixture.jsonLines(rejects)
    #expect(rejected.count == 1)
    let row = try #require(rejected.first)
    #expect(row["eventId"] as? String == "E-1006")
    let rejection = try #require(row["importRejection"] as? [String: Any])
    #expect(rejection["file"] as? String == "bad.jsonl")
    #expect(rejection["line"] as? Int == 6)
    #expect(rejection["reasons"] as? [String] == ["data.reason: unknownCode"])
}

@Test func skipInvalidWritesCSVRejectsWithFileLineAndReasonColumns() throws {
    let fixture = try LedgerFixture()
    let file = try fixture.write("bad.csv", lines: ImportSamples.withAnUnknownEndReason(ImportSamples.csvLines))
    let result = try fixture.run("import", [file, "--skip-invalid", "--rejects", "rejects.csv"])
    #expect(result.exitStatus == 0)
    let rejects = try String(contentsOfFile: fixture.process.path("rejects.csv"), encoding: .utf8)
    let rows = rejects.split(whereSeparator: \.isNewline).map(String.init)
    #expect(rows.count == 2)
    #expect(rows.first == "rejectFile,rejectLine,rejectReasons," + ImportSamples.csvLines[0])
    #expect(rows.last?.hasPrefix("bad.csv,7,data.reason: unknownCode,CpPlanEnded,E-1006,C-0001,") == true)
}

@Test func importOfAMissingFileIsNotFoundAndWritesNothing() throws {
    let fixture = try LedgerFixture()
    let present = try fixture.write("events.jsonl", lines: ImportSamples.jsonLines)
    let before = try fixture.info()
    let result = try fixture.run("import", [present, "absent.jsonl"])
    #expect(result.exitStatus == 66)
    #expect(result.output.isEmpty)
    #expect(result.errorOutput.hasPrefix("caseledger import: error: absent.jsonl: cannot open"))
    #expect(try fixture.info() == before)
}

@Test(arguments: [
    ([], "missing required argument '<file>'"),
    (["events.jsonl", "--rejects", "rejects.jsonl"], "--rejects needs --skip-invalid"),
    (["events.txt"], "events.txt: cannot tell the format from the extension (use .jsonl or .csv)"),
    (
        ["events.jsonl", "events.csv", "--skip-invalid", "--rejects", "rejects.jsonl"],
        "a rejects file needs all inputs in one format"
    ),
])
func importWithBadArgumentsIsAUsageErrorAndWritesNothing(arguments: [String], message: String) throws {
    let fixture = try LedgerFixture()
    try fixture.write("events.jsonl", lines: ImportSamples.jsonLines)
    try fixture.write("events.csv", lines: ImportSamples.csvLines)
    try fixture.write("events.txt", lines: ImportSamples.jsonLines)
    let before = try fixture.info()
    let result = try fixture.run("import", arguments)
    #expect(result.exitStatus == 64)
    #expect(result.output.isEmpty)
    #expect(result.errorOutput.hasPrefix("caseledger import: error: \(message)"))
    #expect(try fixture.info() == before)
}

@Test func jsonOutputIsOneObjectWithTheCountsAndTheFindings() throws {
    let fixture = try LedgerFixture()
    let file = try fixture.write("events.jsonl", lines: ImportSamples.jsonLines + [ImportSamples.jsonLines[0]])
    let result = try fixture.run("import", [file, "--json"])
    #expect(result.exitStatus == 0)
    let summaries = try LedgerFixture.jsonLines(result.output)
    #expect(summaries.count == 1)
    let summary = try #require(summaries.first)
    #expect(summary["lines"] as? Int == 7)
    #expect(summary["appended"] as? Int == 6)
    #expect(summary["duplicatesInRun"] as? Int == 1)
    #expect(summary["warnings"] as? Int == 1)
    #expect((summary["appendedByType"] as? [String: Int])?["IcpcHeld"] == 1)
    let findings = try #require(summary["findings"] as? [[String: Any]])
    #expect(findings.count == 1)
    #expect(findings.first?["reason"] as? String == "duplicateInRun")
    #expect(findings.first?["severity"] as? String == "warning")
    #expect(findings.first?["line"] as? Int == 7)
    #expect(result.errorOutput.hasPrefix("caseledger import: warning events.jsonl:7 "))
}

@Test func progressLinesGoToStandardErrorAndNeverToStandardOutput() throws {
    let fixture = try LedgerFixture()
    let referralCount = 10_000  // the CLI prints progress once a run has read 10,000 rows
    let referrals = (0..<referralCount).map { index in
        #"{"eventId":"E-\#(100_000 + index)","childId":"C-\#(100_000 + index)","occurredOn":"2014-05-12","#
            + #""recordedAt":"2014-05-20T09:00:00Z","actor":{"recordedBy":"sw-7"},"type":"ReferralReceived","#
            + #""schemaVersion":1,"data":{"source":"2A","householdMemberIds":[]}}"#
    }
    let result = try fixture.run("import", [try fixture.write("referrals.jsonl", lines: referrals), "--json"])
    #expect(result.exitStatus == 0)
    let summary = try #require(try LedgerFixture.jsonLines(result.output).first)
    #expect(summary["appended"] as? Int == referralCount)
    #expect(!result.output.contains("rows read"))
    let progress = result.errorOutput.split(separator: "\n")
    #expect(progress.first == "caseledger import: validating referrals.jsonl: 10000 rows read, 0 events appended")
    #expect(progress.last == "caseledger import: appending referrals.jsonl: 10000 rows read, 10000 events appended")
    #expect(progress.allSatisfy { $0.hasPrefix("caseledger import: ") && $0.contains(" rows read, ") })
}

@Test func importIntoALedgerLockedByAnotherWriterIsATemporaryFailure() throws {
    let fixture = try LedgerFixture()
    let file = try fixture.write("events.jsonl", lines: ImportSamples.jsonLines)
    let before = try fixture.info()
    let descriptor = open(fixture.ledger + "/LOCK", O_RDWR | O_CREAT, 0o644)
    try #require(descriptor >= 0)
    defer { close(descriptor) }
    try #require(flock(descriptor, LOCK_EX | LOCK_NB) == 0)
    let result = try fixture.run("import", [file])
    #expect(result.exitStatus == 75)
    #expect(result.output.isEmpty)
    #expect(result.errorOutput.hasPrefix("caseledger import: error: "))
    #expect(result.errorOutput.contains("another process is writing to this ledger"))
    #expect(try fixture.info() == before)
}

@Test func anEventIDStoredWithOtherContentIsRefusedBeforeAnythingIsWritten() throws {
    let fixture = try LedgerFixture()
    try fixture.importSampleEvents()
    let before = try fixture.info()
    let changed = ImportSamples.jsonLines.map { $0.replacingOccurrences(of: "2014-11-19", with: "2014-11-18") }
    let result = try fixture.run("import", [try fixture.write("changed.jsonl", lines: changed)])
    #expect(result.exitStatus == 65)
    #expect(
        result.errorOutput.hasPrefix("caseledger import: error changed.jsonl:6 eventId \"E-1006\": eventIdConflict"))
    #expect(try fixture.info() == before)
}

@Test func anEventIDStoredInAnotherChildsStreamIsRefusedBeforeAnythingIsWritten() throws {
    let fixture = try LedgerFixture()
    try fixture.importSampleEvents()
    let before = try fixture.info()
    let otherChild = [
        ImportSamples.jsonLines[1].replacingOccurrences(of: "E-1002", with: "E-2002"),
        ImportSamples.jsonLines[0].replacingOccurrences(of: "C-0001", with: "C-0009"),
    ]
    let result = try fixture.run("import", [try fixture.write("other.jsonl", lines: otherChild)])
    #expect(result.exitStatus == 65)
    #expect(result.output.isEmpty)
    #expect(
        result.errorOutput.hasPrefix(
            "caseledger import: error other.jsonl:2 eventId \"E-1001\": eventIdInOtherStream"))
    #expect(try fixture.info() == before)
}
