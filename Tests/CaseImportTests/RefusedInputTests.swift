import CaseImport
import Testing

/// One kind of bad JSONL input and the finding it must produce.
struct BadInput: CustomTestStringConvertible, Sendable {
    let name: String
    let lines: [String]
    let line: Int
    let field: String
    let reason: String
    var value: String? = nil

    var testDescription: String { name }
}

/// Every case puts one bad row after good ones, so a refused run that wrote anything would show.
let badInputs: [BadInput] = [
    BadInput(
        name: "syntax error", lines: [Sample.referral("E-1"), #"{"eventId":"E-2","childId":"C-1",}"#], line: 2,
        field: "", reason: "jsonSyntax"),
    BadInput(
        name: "unknown type",
        lines: [Sample.referral("E-1"), Sample.line("ReferralRecieved", id: "E-2", data: "{}")], line: 2, field: "type",
        reason: "unknownType", value: "ReferralRecieved"),
    BadInput(
        name: "bad code", lines: [Sample.referral("E-1"), Sample.referral("E-2", source: "9Z")], line: 2,
        field: "data.source", reason: "unknownCode", value: "9Z"),
    BadInput(
        name: "impossible date", lines: [Sample.referral("E-1"), Sample.referral("E-2", on: "2014-02-30")], line: 2,
        field: "occurredOn", reason: "invalidDate", value: "2014-02-30"),
    BadInput(
        name: "occurredOn after recordedAt", lines: [Sample.referral("E-1"), Sample.referral("E-2", on: "2014-06-01")],
        line: 2, field: "occurredOn", reason: "occurredAfterRecorded", value: "2014-06-01"),
    BadInput(
        name: "end before start",
        lines: [Sample.planStarted("E-1", on: "2014-05-15"), Sample.planEnded("E-2", on: "2014-05-10")], line: 2,
        field: "occurredOn", reason: "endBeforeStart", value: "2014-05-10"),
    BadInput(
        name: "missing required field",
        lines: [
            Sample.referral("E-1"), Sample.line("ReferralReceived", id: "E-2", data: #"{"householdMemberIds":[]}"#),
        ],
        line: 2, field: "data.source", reason: "missingField"),
    BadInput(
        name: "unknown corrected event", lines: [Sample.referral("E-1"), Sample.correction("E-2", of: "E-404")],
        line: 2,
        field: "data.correctedEventId", reason: "unknownCorrectedEvent", value: "E-404"),
    BadInput(
        name: "s47 linking to an unknown strategy discussion",
        lines: [Sample.strategy("E-1"), Sample.section47("E-2", strategy: "E-9")], line: 2,
        field: "data.strategyDiscussionEventId", reason: "unknownStrategyDiscussion", value: "E-9"),
    BadInput(
        name: "s47 linking to an event that is not a strategy discussion",
        lines: [Sample.referral("E-1"), Sample.section47("E-2", strategy: "E-1")], line: 2,
        field: "data.strategyDiscussionEventId", reason: "linkedEventWrongType", value: "E-1"),
    BadInput(
        name: "duplicate eventId with different content",
        lines: [Sample.referral("E-1"), Sample.referral("E-1", source: "2B")], line: 2, field: "eventId",
        reason: "duplicateEventId", value: "E-1"),
    BadInput(
        name: "top-level typo",
        lines: [Sample.referral("E-1").replacingOccurrences(of: "occurredOn", with: "occuredOn")],
        line: 1, field: "occuredOn", reason: "unexpectedField"),
    BadInput(
        name: "authorisation linking to an unknown assessment",
        lines: [
            Sample.referral("E-1"),
            Sample.line(
                "AssessmentAuthorised", id: "E-2",
                data:
                    #"{"childInNeed":false,"factors":["21"],"nextStep":"noFurtherAction","assessmentEventId":"E-9"}"#),
        ],
        line: 2, field: "data.assessmentEventId", reason: "unknownAssessment", value: "E-9"),
    BadInput(
        name: "authorisation linking to an event that is not an assessment start",
        lines: [
            Sample.referral("E-1"),
            Sample.line(
                "AssessmentAuthorised", id: "E-2",
                data:
                    #"{"childInNeed":false,"factors":["21"],"nextStep":"noFurtherAction","assessmentEventId":"E-1"}"#),
        ],
        line: 2, field: "data.assessmentEventId", reason: "linkedEventWrongType", value: "E-1"),
    BadInput(
        name: "misspelt key inside data",
        lines: [
            Sample.referral("E-1"),
            Sample.line(
                "SocialWorkerAllocated", id: "E-2", data: #"{"workerId":"sw-7","teamID":"team-north"}"#),
        ],
        line: 2, field: "data.teamID", reason: "unexpectedField"),
    BadInput(
        name: "unknown key inside actor",
        lines: [Sample.referral("E-1"), Sample.referral("E-2").replacingOccurrences(of: #""team":"#, with: #""role":"#)],
        line: 2, field: "actor.role", reason: "unexpectedField"),
    BadInput(
        name: "unknown key inside a correction's replacement payload",
        lines: [
            Sample.referral("E-1"),
            Sample.correction("E-2", of: "E-1").replacingOccurrences(of: #""source":"2B","#, with: #""source":"2B","sorce":"2A","#),
        ],
        line: 2, field: "data.replacement.data.sorce", reason: "unexpectedField"),
]

@Test func aStrategyDiscussionWithADateOnlyIsImported() throws {
    let ledger = try TemporaryLedger()
    let dateOnly = Sample.strategy("E-1").replacingOccurrences(of: #""occurredAt":"2014-05-13T10:00:00Z","#, with: "")
    #expect(!dateOnly.contains("occurredAt"))
    let summary = try ledger.importLines([dateOnly, Sample.section47("E-2", strategy: "E-1")])
    #expect(summary.eventsAppended == 2)
}

@Test(arguments: badInputs)
func badRowRefusesTheWholeRunAndNamesFileLineFieldReason(_ input: BadInput) throws {
    let ledger = try TemporaryLedger()
    try ledger.importLines(Sample.journey(child: "C-0", prefix: "base"), name: "base.jsonl")
    let before = ledger.fingerprint

    let error = refusal { () throws(ImportError) in try ledger.importLines(input.lines, name: "bad.jsonl") }

    #expect(error?.code == .invalidInput)
    #expect(ledger.fingerprint == before)
    let finding = try #require(error?.findings.first { $0.isError })
    #expect(finding.file == "bad.jsonl")
    #expect(finding.line == input.line)
    #expect(finding.field == input.field)
    #expect(finding.reason == input.reason)
    if let value = input.value { #expect(finding.value == value) }
}

@Test func syntaxErrorReportsTheColumn() throws {
    let ledger = try TemporaryLedger()
    let error = refusal { () throws(ImportError) in try ledger.importLines([#"{"eventId":"E-1",]"#]) }
    let finding = try #require(error?.findings.first)
    #expect(finding.line == 1)
    #expect(finding.column == 18)  // the `]` after `{"eventId":"E-1",`
    #expect(finding.stage == .syntax)
}

@Test func eventIdAlreadyInTheLedgerWithDifferentContentIsAConflict() throws {
    let ledger = try TemporaryLedger()
    try ledger.importLines([Sample.referral("E-1")])
    let before = ledger.fingerprint

    let error = refusal { () throws(ImportError) in
        try ledger.importLines([Sample.referral("E-2"), Sample.referral("E-1", source: "2B")], name: "again.jsonl")
    }

    #expect(ledger.fingerprint == before)
    let finding = try #require(error?.findings.first { $0.isError })
    #expect(finding.reason == "eventIdConflict")
    #expect(finding.file == "again.jsonl")
    #expect(finding.line == 2)
    #expect(finding.value == "E-1")
}

@Test func eventIdAlreadyInAnotherChildsStreamIsRefusedBeforeAnythingIsWritten() throws {
    let ledger = try TemporaryLedger()
    try ledger.importLines([Sample.referral("E-1", child: "C-1")])
    let before = ledger.fingerprint

    let error = refusal { () throws(ImportError) in
        try ledger.importLines([Sample.referral("E-2", child: "C-2"), Sample.referral("E-1", child: "C-2")], name: "x.jsonl")
    }

    #expect(ledger.fingerprint == before)
    let finding = try #require(error?.findings.first { $0.isError })
    #expect(finding.reason == "eventIdInOtherStream")
    #expect(finding.line == 2)
    #expect(finding.value == "E-1")
}

@Test func findingsNeverQuoteFreeText() throws {
    let ledger = try TemporaryLedger()
    let secret = "Mother disclosed"
    let line = Sample.referral("E-1", source: secret)
    let error = refusal { () throws(ImportError) in try ledger.importLines([line]) }
    let finding = try #require(error?.findings.first)
    #expect(finding.reason == "unknownCode")
    #expect(!finding.description.contains(secret))
}
