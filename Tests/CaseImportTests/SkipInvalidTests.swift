import CaseImport
import Foundation
import Testing

@Test func skipInvalidAppendsValidRowsAndWritesRejects() throws {
    let ledger = try TemporaryLedger()
    let rejectsPath = ledger.path("rejects.jsonl")
    defer { try? FileManager.default.removeItem(atPath: rejectsPath) }
    let lines = [
        Sample.referral("E-1"),
        Sample.referral("E-2", source: "9Z"),  // bad code
        #"{"eventId": oops}"#,  // syntax
        Sample.strategy("E-4", on: "2014-02-30"),  // impossible date
        Sample.section47("E-5", strategy: "E-4"),  // links to the refused discussion
        Sample.planStarted("E-6"),
    ]

    let summary = try ledger.importLines(
        lines, name: "mixed.jsonl", options: ImportOptions(skipInvalid: true, rejectsPath: rejectsPath))

    #expect(summary.eventsAppended == 2)
    #expect(summary.rejected == 4)
    #expect(summary.errors == 4)
    #expect(try ledger.payloads(of: "child-C-1").count == 2)
    let rejects = try String(contentsOfFile: rejectsPath, encoding: .utf8).split(separator: "\n")
    #expect(rejects.count == 4)
    #expect(
        rejects[0].contains(
            #""importRejection":{"file":"mixed.jsonl","line":2,"reasons":["data.source: unknownCode"]}"#))
    #expect(rejects[1].contains(#""rawLine":"{\"eventId\": oops}""#))
    #expect(rejects[3].contains("unknownStrategyDiscussion"))
}

@Test func rejectsLinesAreTheOriginalEventsPlusTheRejection() throws {
    let ledger = try TemporaryLedger()
    let rejectsPath = ledger.path("rejects.jsonl")
    defer { try? FileManager.default.removeItem(atPath: rejectsPath) }
    try ledger.importLines(
        [Sample.referral("E-1", on: "2014-06-01")], options: ImportOptions(skipInvalid: true, rejectsPath: rejectsPath))

    let line = try String(contentsOfFile: rejectsPath, encoding: .utf8).trimmingCharacters(in: .newlines)
    var object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
    #expect(object.removeValue(forKey: "importRejection") != nil)
    #expect(object["eventId"] as? String == "E-1")
    #expect(object["occurredOn"] as? String == "2014-06-01")
}

@Test func skipInvalidCSVRejectsKeepTheColumns() throws {
    let ledger = try TemporaryLedger()
    let rejectsPath = ledger.path("rejects.csv")
    defer { try? FileManager.default.removeItem(atPath: rejectsPath) }
    let csv = "\(csvHeader)\n\(csvReferral)\nReferralReceived,E-2,C-1,2014-05-12,2014-05-20T09:00:00Z,sw-7,9Z,\n"

    let summary = try ledger.importCSV(
        csv, name: "in.csv", options: ImportOptions(skipInvalid: true, rejectsPath: rejectsPath))

    #expect(summary.eventsAppended == 1)
    let rejects = try String(contentsOfFile: rejectsPath, encoding: .utf8)
    #expect(
        rejects == """
            rejectFile,rejectLine,rejectReasons,\(csvHeader)
            in.csv,3,data.source: unknownCode,ReferralReceived,E-2,C-1,2014-05-12,2014-05-20T09:00:00Z,sw-7,9Z,

            """)
}

@Test func skipInvalidStillRefusesAnUnreadableFile() throws {
    let ledger = try TemporaryLedger()
    let error = refusal { () throws(ImportError) in
        try ledger.importCSV(
            "\(csvHeader)\n\(csvReferral)\nReferralReceived,\"E-2\n", options: ImportOptions(skipInvalid: true))
    }
    #expect(error?.code == .invalidInput)
    #expect(ledger.fingerprint.0 == 0)
}

@Test func rejectsFileWithoutSkipInvalidIsAUsageError() throws {
    let ledger = try TemporaryLedger()
    let error = refusal { () throws(ImportError) in
        try ledger.importLines([Sample.referral("E-1")], options: ImportOptions(rejectsPath: ledger.path("r.jsonl")))
    }
    #expect(error?.code == .usage)
}

@Test func skipInvalidSkipsARowWithAMisspeltDataKeyAndKeepsTheRest() throws {
    let ledger = try TemporaryLedger()
    let misspelt = Sample.line("SocialWorkerAllocated", id: "E-2", data: #"{"workerId":"sw-7","teamID":"team-north"}"#)
    let summary = try ledger.importLines(
        [Sample.referral("E-1"), misspelt, Sample.planStarted("E-3")], name: "keys.jsonl",
        options: ImportOptions(skipInvalid: true))
    #expect(summary.eventsAppended == 2)
    #expect(summary.rejected == 1)
    #expect(try ledger.payloads(of: "child-C-1").count == 2)
}
