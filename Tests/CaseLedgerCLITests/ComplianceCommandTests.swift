import Foundation
import Testing

extension LedgerFixture {
    /// Appends one catalogue event as canonical-shaped JSON (occurred at 09:00Z, recorded at noon UTC).
    func appendCaseEvent(
        _ number: Int, child: String, type: String, on date: String, recordedOn: String? = nil, data: String
    ) throws {
        let payload = """
            {"actor":{"recordedBy":"sw-x"},"childId":"\(child)","data":\(data),"eventId":"E\(number)",\
            "occurredAt":"\(date)T09:00:00Z","occurredOn":"\(date)","recordedAt":"\(recordedOn ?? date)T12:00:00Z",\
            "schemaVersion":1,"type":"\(type)"}
            """
        try append(stream: "child-\(child)", type: type, payload: payload)
    }

    /// Three children under WT2013 ICPC clocks (met, breached, open overdue as of 2013-06-10), a CP plan, a
    /// looked-after child and a statutory visit recorded 13 working days late (position 10).
    func appendComplianceScenario() throws {
        let discussion = #"{"attendingAgencies":[],"form":"meeting","initiatesSection47":true}"#
        let factors = #"{"alcoholMisuse":false,"domesticAbuse":false,"drugMisuse":false,"mentalIllHealth":false}"#
        let events: [(String, String, String, String?, String)] = [
            ("C1", "SocialWorkerAllocated", "2013-05-02", nil, #"{"teamId":"north","workerId":"sw-a"}"#),
            ("C1", "ReferralReceived", "2013-05-02", nil, #"{"householdMemberIds":[],"source":"1A"}"#),
            ("C1", "StrategyDiscussionHeld", "2013-05-13", nil, discussion),
            ("C2", "SocialWorkerAllocated", "2013-05-02", nil, #"{"teamId":"north","workerId":"sw-b"}"#),
            ("C2", "StrategyDiscussionHeld", "2013-05-13", nil, discussion),
            ("C3", "SocialWorkerAllocated", "2013-05-02", nil, #"{"teamId":"south","workerId":"sw-c"}"#),
            ("C3", "StrategyDiscussionHeld", "2013-05-13", nil, discussion),
            (
                "C1", "IcpcHeld", "2013-06-04", nil,
                #"{"category":"NEG","parentalFactors":\#(factors),"planRequired":true,"preBirth":false}"#
            ),
            ("C1", "CpPlanStarted", "2013-06-04", nil, #"{"initialCategory":"NEG"}"#),
            (
                "C2", "IcpcHeld", "2013-06-06", nil,
                #"{"parentalFactors":\#(factors),"planRequired":false,"preBirth":false}"#
            ),
            (
                "C1", "StatutoryVisitMade", "2013-05-20", "2013-06-07",
                #"{"childSeen":true,"childSeenAlone":true,"visitKind":"childProtection"}"#
            ),
            ("C3", "BecameLookedAfter", "2013-06-07", nil, #"{"legalStatus":"section20"}"#),
        ]
        for (number, event) in events.enumerated() {
            try appendCaseEvent(
                number + 1, child: event.0, type: event.1, on: event.2, recordedOn: event.3, data: event.4)
        }
    }

    /// Runs `caseledger compliance` over May–June 2013 as of 10 June.
    func compliance(_ extra: [String] = []) throws -> CLIResult {
        try run("compliance", ["--from", "2013-05-01", "--to", "2013-06-30", "--as-of", "2013-06-10"] + extra)
    }
}

@Suite struct ComplianceCommandTests {
    @Test func tableNamesEveryRuleTheBreachesAndTheLateVisit() throws {
        let ledger = try LedgerFixture()
        try ledger.appendComplianceScenario()
        let result = try ledger.compliance()
        #expect(result.exitStatus == 0, "\(result.errorOutput)")
        #expect(result.output.contains("ledgerPosition: 11"))
        #expect(result.output.contains("nat.icpc-15") && result.output.contains("33.3"))
        let visitRow = result.output.split(separator: "\n").first { $0.hasPrefix("StatutoryVisitMade ") }
        #expect(visitRow?.split(separator: " ") == ["StatutoryVisitMade", "5", "1", "1", "100.0", "13"])
        #expect(result.errorOutput.isEmpty)
    }

    @Test func settingOverrideIsAppliedAndRecordedInTheProvenance() throws {
        let ledger = try LedgerFixture()
        try ledger.appendComplianceScenario()
        // Counting the discussion day as day 1 (C1-B) moves the ICPC due date to Mon 3 Jun 2013, so C1's
        // conference on Tue 4 Jun is a breach too.
        let result = try ledger.compliance(["--setting", "dayCount=inclusive"])
        #expect(result.exitStatus == 0, "\(result.errorOutput)")
        let icpcRow = result.output.split(separator: "\n").first { $0.contains("nat.icpc-15") && $0.contains("WD") }
        #expect(icpcRow?.split(separator: " ").contains("0.0") == true)
        #expect(result.output.contains("dayCount=inclusive"))
    }

    @Test(arguments: ["table", "csv", "json", "html"])
    func everyFormatIsByteReproducibleAcrossRuns(format: String) throws {
        let ledger = try LedgerFixture()
        try ledger.appendComplianceScenario()
        let first = try ledger.compliance(["--format", format])
        let second = try ledger.compliance(["--format", format])
        #expect(first.exitStatus == 0 && !first.output.isEmpty)
        #expect(Array(first.output.utf8) == Array(second.output.utf8))
    }

    @Test func generatedAtDefaultsToTheLastRecordsLedgerTime() throws {
        let ledger = try LedgerFixture()
        try ledger.appendComplianceScenario()
        let last = try LedgerFixture.jsonLines(try ledger.run("read", ["--backward", "--limit", "1", "--json"]).output)
        let timestamp = try #require(last.first?["timestamp"] as? String)
        let json = try ledger.compliance(["--format", "json"])
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        let provenance = try #require(report["provenance"] as? [String: Any])
        #expect(provenance["generatedAt"] as? String == timestamp)
        #expect((report["late_records"] as? [[String: String]])?.first?["position"] == "10")
    }

    @Test func explicitGeneratedAtAndTeamAppearInTheReport() throws {
        let ledger = try LedgerFixture()
        try ledger.appendComplianceScenario()
        let result = try ledger.compliance([
            "--generated-at", "2013-06-10T18:00:00Z", "--team", "south", "--format", "csv",
        ])
        #expect(result.exitStatus == 0)
        #expect(result.output.contains("provenance,generatedAt,2013-06-10T18:00:00Z\r\n"))
        #expect(result.output.contains("provenance,parameter.team,south\r\n"))
        #expect(!result.output.contains("sw-a"))
    }

    @Test func outputOptionWritesTheHtmlFileAndPrintsNothing() throws {
        let ledger = try LedgerFixture()
        try ledger.appendComplianceScenario()
        let path = ledger.process.path("out/report.html")
        let result = try ledger.compliance(["--format", "html", "--output", path])
        #expect(result.exitStatus == 0 && result.output.isEmpty)
        let html = try String(contentsOfFile: path, encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>") && html.contains("Late records"))
        #expect(!FileManager.default.fileExists(atPath: path + ".tmp"))
    }

    @Test(arguments: [
        ["--from", "2013-02-30", "--to", "2013-06-30"], ["--from", "2013-05-01", "--to", "June"],
        ["--from", "2013-07-01", "--to", "2013-06-30"], ["--from", "2013-05-01", "--to", "2013-06-30", "--as-of", "x"],
        ["--from", "2013-05-01", "--to", "2013-06-30", "--generated-at", "yesterday"],
        ["--from", "2013-05-01", "--to", "2013-06-30", "--rulebook", "wt1999"],
        ["--from", "2013-05-01", "--to", "2013-06-30", "--setting", "dayCount=sideways"],
        ["--from", "2013-05-01", "--to", "2013-06-30", "--setting", "noSuchSetting=1"],
    ])
    func badDatesAndValuesAreUsageErrors(arguments: [String]) throws {
        let ledger = try LedgerFixture()
        let result = try ledger.run("compliance", arguments)
        #expect(result.exitStatus == 64)
        #expect(result.errorOutput.hasPrefix("caseledger compliance: error: "))
        #expect(result.output.isEmpty)
    }

    @Test func missingLedgerIsNotFound() throws {
        let process = try CLIProcess()
        let result = try process.run([
            "compliance", "--ledger", process.path("nowhere"), "--from", "2013-05-01", "--to", "2013-06-30",
        ])
        #expect(result.exitStatus == 66)
        #expect(result.errorOutput.hasPrefix("caseledger compliance: error: "))
    }


    @Test func emptyLedgerGivesAnEmptyReport() throws {
        let ledger = try LedgerFixture()
        let result = try ledger.compliance()
        #expect(result.exitStatus == 0)
        #expect(result.output.contains("generatedAt: none") && result.output.contains("ledgerPosition: \n"))
    }
}
