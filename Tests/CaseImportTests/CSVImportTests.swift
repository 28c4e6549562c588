import CaseImport
import Testing

/// The CSV equivalent of `Sample.journey(child: "C-1", prefix: "a")`.
let journeyCSV = """
    type,eventId,childId,occurredOn,occurredAt,recordedAt,actor.recordedBy,actor.team,data.source,\
    data.householdMemberIds,data.form,data.initiatesSection47,data.attendingAgencies,data.strategyDiscussionEventId,\
    data.jointWithPolice,data.preBirth,data.planRequired,data.category,data.parentalFactors.domesticAbuse,\
    data.parentalFactors.mentalIllHealth,data.parentalFactors.drugMisuse,data.parentalFactors.alcoholMisuse,\
    data.initialCategory,data.reason
    ReferralReceived,a-ref,C-1,2014-05-12,,2014-05-20T09:00:00Z,sw-7,team-north,2A,,,,,,,,,,,,,,,
    StrategyDiscussionHeld,a-sd,C-1,2014-05-13,2014-05-13T10:00:00Z,2014-05-20T09:00:00Z,sw-7,team-north,,,meeting,\
    true,police-1,,,,,,,,,,,
    Section47Started,a-s47,C-1,2014-05-13,,2014-05-20T09:00:00Z,sw-7,team-north,,,,,,a-sd,true,,,,,,,,,
    IcpcHeld,a-icpc,C-1,2014-05-15,,2014-05-20T09:00:00Z,sw-7,team-north,,,,,,,,false,true,NEG,true,false,false,false,,
    CpPlanStarted,a-cpp,C-1,2014-05-15,,2014-05-20T09:00:00Z,sw-7,team-north,,,,,,,,,,,,,,,NEG,
    CpPlanEnded,a-cpe,C-1,2014-05-19,,2014-05-20T09:00:00Z,sw-7,team-north,,,,,,,,,,,,,,,,noLongerAtRisk

    """

@Test func csvAndJSONLImportToTheSameEvents() throws {
    let fromJSONL = try TemporaryLedger()
    let fromCSV = try TemporaryLedger()
    try fromJSONL.importLines(Sample.journey(child: "C-1", prefix: "a"))
    let summary = try fromCSV.importCSV(journeyCSV)
    #expect(summary.eventsAppended == 6)
    #expect(summary.findings == [])
    #expect(try fromCSV.payloads(of: "child-C-1") == fromJSONL.payloads(of: "child-C-1"))
    #expect(fromCSV.store.info.chainHead != fromJSONL.store.info.chainHead)  // ledger times differ; payloads do not
}

@Test func csvListCellSplitsOnSemicolons() throws {
    let ledger = try TemporaryLedger()
    let csv = """
        type,eventId,childId,occurredOn,occurredAt,recordedAt,actor.recordedBy,data.form,data.initiatesSection47,data.attendingAgencies
        StrategyDiscussionHeld,E-1,C-1,2014-05-13,2014-05-13T10:00:00Z,2014-05-20T09:00:00Z,sw-7,calls,false,police-1;nhs-2

        """
    try ledger.importCSV(csv)
    let payload = String(decoding: try #require(ledger.payloads(of: "child-C-1").first), as: UTF8.self)
    #expect(payload.contains(#""attendingAgencies":["police-1","nhs-2"]"#))
}

/// One kind of bad CSV input and the finding it must produce.
struct BadCSV: CustomTestStringConvertible, Sendable {
    let name: String
    let text: String
    let line: Int
    let field: String
    let reason: String

    var testDescription: String { name }
}

let csvHeader = "type,eventId,childId,occurredOn,recordedAt,actor.recordedBy,data.source,data.householdMemberIds"
let csvReferral = "ReferralReceived,E-1,C-1,2014-05-12,2014-05-20T09:00:00Z,sw-7,2A,"

let badCSVInputs: [BadCSV] = [
    BadCSV(
        name: "unterminated quote", text: "\(csvHeader)\n\(csvReferral)\nReferralReceived,\"E-2,C-1\n", line: 3,
        field: "", reason: "csvUnterminatedQuote"),
    BadCSV(
        name: "unknown column", text: "\(csvHeader),colour\n\(csvReferral),red\n", line: 1, field: "colour",
        reason: "csvUnknownColumn"),
    BadCSV(
        name: "no type column", text: "eventId,childId\nE-1,C-1\n", line: 1, field: "type",
        reason: "csvMissingTypeColumn"),
    BadCSV(
        name: "wrong field count", text: "\(csvHeader)\n\(csvReferral)\nReferralReceived,E-2\n", line: 3, field: "",
        reason: "csvFieldCountMismatch"),
    BadCSV(
        name: "boolean not true or false",
        text:
            "type,eventId,childId,occurredOn,recordedAt,actor.recordedBy,data.concernsSubstantiated,data.icpcRequired\n"
            + "Section47Concluded,E-1,C-1,2014-05-12,2014-05-20T09:00:00Z,sw-7,yes,false\n",
        line: 2, field: "data.concernsSubstantiated", reason: "malformed"),
    BadCSV(
        name: "cell in a column the type does not have",
        text: "\(csvHeader),data.category\n\(csvReferral),NEG\n", line: 2, field: "data.category",
        reason: "unexpectedField"),
    BadCSV(
        name: "missing required cell",
        text: "\(csvHeader)\nReferralReceived,E-1,C-1,2014-05-12,2014-05-20T09:00:00Z,sw-7,,\n", line: 2,
        field: "data.source", reason: "missingField"),
    BadCSV(
        name: "bad code in a list",
        text: "type,eventId,childId,occurredOn,recordedAt,actor.recordedBy,data.completedOn,"
            + "data.childInNeed,data.factors,data.nextStep\nAssessmentAuthorised,E-1,C-1,2014-05-12,2014-05-20T09:00:00Z,"
            + "sw-7,2014-05-12,true,1B;99Z,cinPlan\n", line: 2, field: "data.factors[1]", reason: "unknownCode"),
]

@Test(arguments: badCSVInputs)
func badCSVRefusesTheWholeRunAndNamesFileLineFieldReason(_ input: BadCSV) throws {
    let ledger = try TemporaryLedger()
    try ledger.importLines(Sample.journey(child: "C-0", prefix: "base"))
    let before = ledger.fingerprint

    let error = refusal { () throws(ImportError) in try ledger.importCSV(input.text, name: "bad.csv") }

    #expect(error?.code == .invalidInput)
    #expect(ledger.fingerprint == before)
    let finding = try #require(error?.findings.first { $0.isError })
    #expect(finding.file == "bad.csv")
    #expect(finding.line == input.line)
    #expect(finding.field == input.field)
    #expect(finding.reason == input.reason)
}
