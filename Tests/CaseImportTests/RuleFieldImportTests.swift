import CaseImport
import Testing

/// The date fields the Oldham minutes rules read survive JSONL and CSV import byte for byte (a JSONL import
/// used to drop `minutesSharedOn`: the type had no such field).
@Test func minutesSharedDateIsKeptByJSONLAndCSVImport() throws {
    let fromJSONL = try TemporaryLedger()
    let fromCSV = try TemporaryLedger()
    try fromJSONL.importLines([
        Sample.line(
            "StrategyDiscussionHeld", id: "E-1", on: "2024-03-04", recordedAt: "2024-03-20T09:00:00Z",
            extra: #""occurredAt":"2024-03-04T10:00:00Z","#,
            data:
                #"{"form":"meeting","initiatesSection47":false,"attendingAgencies":[],"minutesSharedOn":"2024-03-11"}"#)
    ])
    let csv = """
        type,eventId,childId,occurredOn,occurredAt,recordedAt,actor.recordedBy,actor.team,data.form,\
        data.initiatesSection47,data.attendingAgencies,data.minutesSharedOn
        StrategyDiscussionHeld,E-1,C-1,2024-03-04,2024-03-04T10:00:00Z,2024-03-20T09:00:00Z,sw-7,team-north,meeting,\
        false,,2024-03-11

        """
    let summary = try fromCSV.importCSV(csv)
    #expect(summary.findings == [])
    let payload = String(decoding: try #require(fromJSONL.payloads(of: "child-C-1").first), as: UTF8.self)
    #expect(payload.contains(#""minutesSharedOn":"2024-03-11""#))
    #expect(try fromCSV.payloads(of: "child-C-1") == fromJSONL.payloads(of: "child-C-1"))
}

/// Minutes cannot be shared before the meeting: refused, naming the field.
@Test func minutesSharedBeforeTheMeetingAreRefused() throws {
    let ledger = try TemporaryLedger()
    let line = Sample.line(
        "CinMeetingHeld", id: "E-1", on: "2024-03-04", recordedAt: "2024-03-20T09:00:00Z",
        data: #"{"meetingKind":"review","minutesSharedOn":"2024-03-01"}"#)
    let error = refusal { () throws(ImportError) in try ledger.importLines([line]) }
    #expect(error?.findings.contains { $0.isError && $0.field == "data.minutesSharedOn" } == true)
    #expect(try ledger.payloads(of: "child-C-1").isEmpty)
}
