import EventStore
import Foundation
import Testing

/// One bad record must not break the reports for good: appends to case streams are checked like imports,
/// records outside the case streams are outside the projections, and a case-stream record that still does
/// not decode (written through the engine's API) is a finding every report lists.
@Suite struct BadRecordTests {
    /// Appends a record the CLI would refuse, through the engine's API (as an older version could).
    static func appendRaw(to ledger: LedgerFixture, stream: String, type: String = "Note", payload: String) throws {
        let store = try EventStore.open(directory: ledger.ledger, mode: .readWrite)
        _ = try store.append(
            stream: stream, expectedVersion: .any,
            events: [EventToAppend(type: type, schemaVersion: 1, sourceID: nil, payload: Array(payload.utf8))])
        try store.close()
    }

    @Test func appendToACaseStreamRefusesWhatIsNotACatalogueEventAndWritesNothing() throws {
        let ledger = try LedgerFixture()
        let result = try ledger.run(
            "append", ["--stream", "child-C1", "--type", "Note", "--payload", #"{"hello":"world"}"#])
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
        let retry = try ledger.append(
            stream: "child-C1", type: "ReferralReceived", payload: Self.referral,
            ["--json", "--expected-version", "no-stream"])
        #expect(retry.output == first.output)
        let records = try LedgerFixture.jsonLines(try ledger.run("read", ["--json"]).output)
        #expect(records.map { $0["sourceId"] as? String } == ["E1"])
        #expect(records.map { $0["payload"] as? String } == [Self.referral])
    }

    @Test func appendToACaseStreamWithAStaleExpectedVersionIsATemporaryFailure() throws {
        let ledger = try LedgerFixture()
        try ledger.append(stream: "child-C1", type: "ReferralReceived", payload: Self.referral)
        let second = Self.referral.replacingOccurrences(of: #""E1""#, with: #""E2""#)
        let result = try ledger.run(
            "append",
            [
                "--stream", "child-C1", "--type", "ReferralReceived", "--payload", second, "--expected-version",
                "no-stream",
            ])
        #expect(result.exitStatus == 75)
        #expect(result.errorOutput.contains("stream child-C1 is at version 0, not no stream"))
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

/// Report options that would give an empty or misleading report with exit 0.
@Suite struct MisleadingReportTests {
    @Test(arguments: [
        (["--team", "T99"], "a team a child was allocated to: north, south, unallocated"),
        (["--authority", "Nowhere"], "an authority with rulebooks: Oldham"),
        (["--as-of", "2013-04-30"], "an --as-of date on or after --from 2013-05-01"),
    ])
    func complianceRefusesAnUnknownTeamOrAuthorityAndAnImpossibleWindow(options: [String], expected: String) throws {
        let ledger = try LedgerFixture()
        try ledger.appendComplianceScenario()
        let result = try ledger.run("compliance", ["--from", "2013-05-01", "--to", "2013-06-30"] + options)
        #expect(result.exitStatus == 64)
        #expect(result.errorOutput.contains(expected))
        #expect(result.output.isEmpty)
    }

    @Test func complianceAcceptsAKnownTeamAndAuthority() throws {
        let ledger = try LedgerFixture()
        try ledger.appendComplianceScenario()
        #expect(try ledger.compliance(["--team", "north", "--authority", "Oldham"]).exitStatus == 0)
    }

    @Test func htmlGivesPerRuleFiguresWithTitlesAndCitationsAndNoPooledPercentage() throws {
        let ledger = try LedgerFixture()
        try ledger.appendComplianceScenario()
        let html = try ledger.compliance(["--format", "html"]).output
        #expect(!html.contains("In time (decided)"))
        #expect(html.contains("<h2>In time by rule</h2>"))
        #expect(html.contains("<strong>nat.icpc-15</strong> (wt2013) Initial child protection conference"))
        #expect(html.contains("<cite>"))
    }

    @Test func aSaturdayStopAfterAFridayDeadlineShowsTheDueDateAndWhyItIsABreach() throws {
        let ledger = try LedgerFixture()
        let discussion = #"{"attendingAgencies":[],"form":"meeting","initiatesSection47":true}"#
        let factors = #"{"alcoholMisuse":false,"domesticAbuse":false,"drugMisuse":false,"mentalIllHealth":false}"#
        try ledger.appendCaseEvent(1, child: "C4", type: "StrategyDiscussionHeld", on: "2013-05-16", data: discussion)
        try ledger.appendCaseEvent(
            2, child: "C4", type: "IcpcHeld", on: "2013-06-08",
            data: #"{"parentalFactors":\#(factors),"planRequired":false,"preBirth":false}"#)
        let csv = try ledger.compliance(["--format", "csv"]).output
        let row = try #require(csv.split(separator: "\r\n").first { $0.hasPrefix("breaches,nat.icpc-15") })
        #expect(row.contains(",2013-06-07,2013-06-08,15 WD,15,"))
        #expect(
            row.hasSuffix(
                "\"stopped 2013-06-08 (Saturday), after the due date 2013-06-07; a stop on a non-working day after "
                    + "the deadline is late by date (R4)\""))
    }

    @Test func statusAsOfADateCountsOnlyTheChildrenKnownByThen() throws {
        let ledger = try LedgerFixture()
        try ledger.appendComplianceScenario()
        let status = { (date: String) in
            try ledger.process.run(["projections", "status", "--ledger", ledger.ledger, "--as-of", date, "--json"])
        }
        let before = try #require(try LedgerFixture.jsonLines(try status("2013-05-01").output).first)
        let after = try #require(try LedgerFixture.jsonLines(try status("2013-05-02").output).first)
        #expect(before["children"] as? Int == 0)
        #expect(after["children"] as? Int == 3)
        let child = try ledger.process.run([
            "projections", "status", "--ledger", ledger.ledger, "--child", "C1", "--as-of", "2013-05-01",
        ])
        #expect(child.exitStatus == 66)
    }
}

/// Output that a terminal or a spreadsheet would act on.
@Suite struct OutputSafetyCLITests {
    @Test func readEscapesControlCharactersInStreamNames() throws {
        let ledger = try LedgerFixture()
        try ledger.append(stream: "x-\u{1B}[2J", type: "t\u{07}", payload: "{}")
        let result = try ledger.run("read")
        #expect(!result.output.contains("\u{1B}") && !result.output.contains("\u{07}"))
        #expect(result.output.contains("x-\\x1B[2J") && result.output.contains("t\\x07"))
    }

    @Test func complianceCSVNeutralisesCellsASpreadsheetWouldRun() throws {
        let ledger = try LedgerFixture()  // ids are checked on input; a record's type is not
        try BadRecordTests.appendRaw(to: ledger, stream: "child-C1", type: "=cmd|' /C calc'!A0", payload: "{}")
        let csv = try ledger.compliance(["--format", "csv"]).output
        #expect(csv.contains(",'=cmd|' /C calc'!A0,"))
        #expect(!csv.contains(",=cmd"))
    }
}

/// Input files and limits that used to hang or kill an import.
@Suite struct InputSafetyCLITests {
    @Test func anImportPastTheFileSizeLimitFailsWithAMessageInsteadOfDyingBySignal() throws {
        let ledger = try LedgerFixture()
        let input = ledger.process.path("events.jsonl")
        try Data((ImportSamples.jsonLines.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: input))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = [
            "-c", "ulimit -f 1; exec \"$0\" import --ledger \"$1\" \"$2\" 2>\"$3\"",
            try CLIProcess.binaryURL().path, ledger.ledger, input, ledger.process.path("stderr"),
        ]
        try process.run()
        process.waitUntilExit()
        let errorOutput = try String(contentsOfFile: ledger.process.path("stderr"), encoding: .utf8)
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 74)
        #expect(errorOutput.contains("the file size limit was reached"))
        #expect(!errorOutput.contains("errno"))
    }
}

/// Every report command lists the case records that do not decode and exits 1, the report written without
/// them (docs/cli.md): the chronology used to exit 0 and say nothing.
@Suite struct UndecodableRecordReportTests {
    @Test func chronologyAndAnnualListAnUndecodableRecordOfTheirStreamsAndExitOne() throws {
        let ledger = try LedgerFixture()
        try ledger.appendComplianceScenario()
        try BadRecordTests.appendRaw(to: ledger, stream: "child-C1", payload: #"{"hello":"world"}"#)
        let runs = [
            ["chronology", "C1", "--purpose", "undecodable-record test"], ["report", "annual", "--year", "2013-14"],
            ["report", "explain", "referrals", "--year", "2013-14"],
        ]
        for arguments in runs {
            let result = try ledger.process.run(arguments + ["--ledger", ledger.ledger])
            #expect(result.exitStatus == 1, "\(arguments): \(result.errorOutput)")
            #expect(result.errorOutput.contains("stream child-C1, type Note: unexpectedField at hello"), "\(arguments)")
            #expect(!result.output.isEmpty, "\(arguments)")
            #expect(!result.errorOutput.contains("world"))
        }
    }
}
