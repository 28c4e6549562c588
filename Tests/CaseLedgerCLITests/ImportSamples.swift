import Foundation
import Testing

/// Six hand-written events of one synthetic child (a referral through to a closed CP plan, in the shapes of
/// docs/event-catalogue.md), as JSONL and as the equivalent CSV (docs/import-format.md, sections 2 and 3).
enum ImportSamples {
    /// One JSONL line: the envelope of the synthetic child `C-0001`, recorded by `sw-7`.
    private static func jsonLine(
        _ number: Int, _ type: String, on date: String, at instant: String? = nil, data: String
    ) -> String {
        let occurredAt = instant.map { #""occurredAt":"\#($0)","# } ?? ""
        return #"{"eventId":"E-\#(1000 + number)","childId":"C-0001","occurredOn":"\#(date)",\#(occurredAt)"#
            + #""recordedAt":"2014-11-20T09:00:00Z","actor":{"recordedBy":"sw-7"},"type":"\#(type)","#
            + #""schemaVersion":1,"data":\#(data)}"#
    }

    /// The events as JSONL lines; the last one (line 6) is the `CpPlanEnded`.
    static let jsonLines = [
        jsonLine(1, "ReferralReceived", on: "2014-05-12", data: #"{"source":"2A","householdMemberIds":[]}"#),
        jsonLine(
            2, "StrategyDiscussionHeld", on: "2014-05-13", at: "2014-05-13T10:00:00Z",
            data: #"{"form":"meeting","initiatesSection47":true,"attendingAgencies":["police-1"]}"#),
        jsonLine(
            3, "Section47Started", on: "2014-05-13",
            data: #"{"strategyDiscussionEventId":"E-1002","jointWithPolice":true}"#),
        jsonLine(
            4, "IcpcHeld", on: "2014-05-15",
            data: #"{"preBirth":false,"planRequired":true,"category":"NEG","parentalFactors":{"domesticAbuse":true,"#
                + #""mentalIllHealth":false,"drugMisuse":false,"alcoholMisuse":false}}"#),
        jsonLine(5, "CpPlanStarted", on: "2014-05-15", data: #"{"initialCategory":"NEG"}"#),
        jsonLine(6, "CpPlanEnded", on: "2014-11-19", data: #"{"reason":"noLongerAtRisk"}"#),
    ]

    /// The same events as CSV: the header (line 1), then one row per event (the `CpPlanEnded` is line 7).
    static let csvLines = [
        "type,eventId,childId,occurredOn,occurredAt,recordedAt,actor.recordedBy,data.source,data.householdMemberIds,"
            + "data.form,data.initiatesSection47,data.attendingAgencies,data.strategyDiscussionEventId,"
            + "data.jointWithPolice,data.preBirth,data.planRequired,data.category,data.parentalFactors.domesticAbuse,"
            + "data.parentalFactors.mentalIllHealth,data.parentalFactors.drugMisuse,"
            + "data.parentalFactors.alcoholMisuse,data.initialCategory,data.reason",
        csvRow("ReferralReceived,E-1001", "2014-05-12,", "2A,,,,,,,,,,,,,,,"),
        csvRow(
            "StrategyDiscussionHeld,E-1002", "2014-05-13,2014-05-13T10:00:00Z", ",,meeting,true,police-1,,,,,,,,,,,"),
        csvRow("Section47Started,E-1003", "2014-05-13,", ",,,,,E-1002,true,,,,,,,,,"),
        csvRow("IcpcHeld,E-1004", "2014-05-15,", ",,,,,,,false,true,NEG,true,false,false,false,,"),
        csvRow("CpPlanStarted,E-1005", "2014-05-15,", ",,,,,,,,,,,,,,NEG,"),
        csvRow("CpPlanEnded,E-1006", "2014-11-19,", ",,,,,,,,,,,,,,,noLongerAtRisk"),
    ]

    /// One CSV row: type and id, then the child, dates, the shared record time and actor, then the data cells.
    private static func csvRow(_ typeAndID: String, _ dates: String, _ dataCells: String) -> String {
        "\(typeAndID),C-0001,\(dates),2014-11-20T09:00:00Z,sw-7,\(dataCells)"
    }

    /// The summary `caseledger import` prints for the six events appended to an empty ledger.
    static let summaryOfAFirstImport = """
        1 file, 6 lines: 6 appended, 0 already present, 0 duplicates, 0 rejected, 0 warnings, 0 errors
          CpPlanEnded: 1
          CpPlanStarted: 1
          IcpcHeld: 1
          ReferralReceived: 1
          Section47Started: 1
          StrategyDiscussionHeld: 1

        """

    /// `lines` with `noLongerAtRisk`, the `CpPlanEnded` reason, replaced by a code that is not in its list.
    static func withAnUnknownEndReason(_ lines: [String]) -> [String] {
        lines.map { $0.replacingOccurrences(of: "noLongerAtRisk", with: "bogus") }
    }
}

extension LedgerFixture {
    /// Writes `lines` (each ended by LF) to `name` in the test's directory and returns `name`, which the
    /// binary, running in that directory, opens as a relative path.
    @discardableResult
    func write(_ name: String, lines: [String]) throws -> String {
        try Data(lines.map { $0 + "\n" }.joined().utf8).write(to: URL(fileURLWithPath: process.path(name)))
        return name
    }

    /// Writes the sample events to `events.jsonl`, imports them, checks that the import succeeded and
    /// returns the file's name.
    @discardableResult
    func importSampleEvents() throws -> String {
        let file = try write("events.jsonl", lines: ImportSamples.jsonLines)
        let result = try run("import", [file])
        #expect(result.exitStatus == 0, "import failed: \(result.errorOutput)")
        return file
    }

    /// `caseledger info --json`'s output: record count, last position, streams, size and chain head.
    func info() throws -> String {
        let result = try run("info", ["--json"])
        #expect(result.exitStatus == 0, "info failed: \(result.errorOutput)")
        return result.output
    }
}
