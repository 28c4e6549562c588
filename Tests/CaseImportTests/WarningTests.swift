import CaseImport
import Testing

/// A warning case: the rows are imported and the finding is reported.
struct WarningCase: CustomTestStringConvertible, Sendable {
    let name: String
    let lines: [String]
    let line: Int
    let reason: String

    var testDescription: String { name }
}

let warningCases: [WarningCase] = [
    WarningCase(
        name: "ICPC with no s47", lines: [Sample.referral("E-1"), Sample.icpc("E-2")], line: 2,
        reason: "icpcWithoutSection47"),
    WarningCase(
        name: "CP plan end with no open plan", lines: [Sample.planEnded("E-1")], line: 1,
        reason: "endWithoutOpenEpisode"),
    WarningCase(
        name: "second plan while one is open",
        lines: [Sample.planStarted("E-1"), Sample.planStarted("E-2", on: "2014-05-16")], line: 2,
        reason: "episodeAlreadyOpen"),
    WarningCase(
        name: "s47 from a discussion that did not initiate one",
        lines: [Sample.strategy("E-1", initiates: false), Sample.section47("E-2", strategy: "E-1")], line: 2,
        reason: "strategyDiscussionDidNotInitiate"),
    WarningCase(
        name: "s47 dated before its strategy discussion",
        lines: [Sample.strategy("E-1", on: "2014-05-14"), Sample.section47("E-2", on: "2014-05-13", strategy: "E-1")],
        line: 2, reason: "section47BeforeStrategyDiscussion"),
    WarningCase(
        name: "CP plan starting before the child's first referral",
        lines: [Sample.referral("E-1", on: "2014-05-16"), Sample.planStarted("E-2", on: "2014-05-15")], line: 2,
        reason: "startBeforeReferral"),
    WarningCase(
        name: "exact duplicate row", lines: [Sample.referral("E-1"), Sample.referral("E-1")], line: 2,
        reason: "duplicateInRun"),
]

@Test(arguments: warningCases)
func warningIsReportedAndTheRowsAreImported(_ warning: WarningCase) throws {
    let ledger = try TemporaryLedger()
    let summary = try ledger.importLines(warning.lines, name: "w.jsonl")
    let finding = try #require(summary.findings.first)
    #expect(finding.severity == .warning)
    #expect(finding.reason == warning.reason)
    #expect(finding.file == "w.jsonl")
    #expect(finding.line == warning.line)
    #expect(summary.warnings == 1)
    #expect(summary.errors == 0)
    #expect(summary.eventsAppended + summary.duplicatesInRun == warning.lines.count)
}

@Test func linksAreResolvedAgainstTheLedger() throws {
    let ledger = try TemporaryLedger()
    try ledger.importLines([Sample.strategy("E-1"), Sample.planStarted("E-2")])
    let summary = try ledger.importLines([
        Sample.section47("E-3", strategy: "E-1"), Sample.icpc("E-4"), Sample.planEnded("E-5"),
    ])
    #expect(summary.findings == [])
    #expect(summary.eventsAppended == 3)
}

@Test func correctionOfALedgerEventIsAccepted() throws {
    let ledger = try TemporaryLedger()
    try ledger.importLines([Sample.referral("E-1")])
    let summary = try ledger.importLines([Sample.correction("E-2", of: "E-1")])
    #expect(summary.errors == 0)
    #expect(summary.eventsAppended == 1)
}

@Test func linksDoNotCrossChildren() throws {
    let ledger = try TemporaryLedger()
    let error = refusal { () throws(ImportError) in
        try ledger.importLines([
            Sample.strategy("E-1", child: "C-1"), Sample.section47("E-2", child: "C-2", strategy: "E-1"),
        ])
    }
    #expect(error?.findings.first?.reason == "unknownStrategyDiscussion")
    #expect(ledger.fingerprint.0 == 0)
}

/// Late recording: the rows are in recording order, not valid-time order, and must still pair up.
struct LateRecording: CustomTestStringConvertible, Sendable {
    let name: String
    let lines: [String]

    var testDescription: String { name }
}

func closure(_ id: String, on date: String) -> String {
    Sample.line("CaseClosed", id: id, on: date, data: #"{"reason":"RC8"}"#)
}

let lateRecordings: [LateRecording] = [
    LateRecording(
        name: "closure recorded after the next referral",
        lines: [
            Sample.referral("E-1", on: "2014-03-01"), Sample.referral("E-2", on: "2014-05-16"),
            closure("E-3", on: "2014-05-10"),
        ]),
    LateRecording(
        name: "same-day closure recorded before its referral",
        lines: [closure("E-1", on: "2014-05-12"), Sample.referral("E-2", on: "2014-05-12")]),
    LateRecording(
        name: "same-day plan end and new plan",
        lines: [
            Sample.planStarted("E-1", on: "2014-05-01"), Sample.planStarted("E-2", on: "2014-05-15"),
            Sample.planEnded("E-3", on: "2014-05-15"),
        ]),
]

@Test(arguments: lateRecordings)
func lateRecordedEpisodesPairInValidTimeOrder(_ recording: LateRecording) throws {
    let ledger = try TemporaryLedger()
    let summary = try ledger.importLines(recording.lines)
    #expect(summary.findings == [])
    #expect(summary.eventsAppended == recording.lines.count)
}

@Test func episodeEndRecordedBeforeItsStartIsCheckedInValidTimeOrder() throws {
    let ledger = try TemporaryLedger()
    let summary = try ledger.importLines([
        Sample.planEnded("E-2", on: "2014-05-19"), Sample.planStarted("E-1", on: "2014-05-15"),
    ])
    #expect(summary.findings == [])
    #expect(summary.eventsAppended == 2)
}

@Test func episodeStartAndEndOnOneDayRecordedInReverseAreAccepted() throws {
    let ledger = try TemporaryLedger()
    let summary = try ledger.importLines([
        Sample.planEnded("E-2", on: "2014-05-15"), Sample.planStarted("E-1", on: "2014-05-15"),
    ])
    #expect(summary.findings == [])
}
