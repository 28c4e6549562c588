import CaseModel
import LedgerCalendar
import Projections
import Testing

@testable import Reports

private let fixture = ChronologyFixture()

private func ids(_ chronology: ChildChronology) -> [String] {
    chronology.entries.map(\.event.effective.eventId)
}

@Test func everythingAsNowKnownIsInValidTimeOrderWithCorrectionsAppliedAndRetractionsKept() throws {
    let chronology = try fixture.chronology()
    #expect(ids(chronology) == ["R1", "SD", "S47", "V1", "V2"])
    let s47 = try #require(chronology.entries.first { $0.event.effective.eventId == "S47" })
    #expect(s47.occurredOn == CivilDate(iso8601: "2014-03-04")!)
    #expect(s47.event.corrections.first?.replaced?.validDate == CivilDate(iso8601: "2014-03-03")!)
    #expect(chronology.entries.first { $0.event.effective.eventId == "V2" }?.event.isRetracted == true)
}

@Test func knownAtExcludesEventsRecordedLater() throws {
    // On 20 March the 4 March visit had happened but was only recorded on 3 April.
    let chronology = try fixture.chronology(knownAt: "2014-03-20T23:00:00Z")
    #expect(!ids(chronology).contains("V1"))
    #expect(
        try fixture.chronology(knownAt: "2014-04-03T13:00:00Z").entries.contains { $0.event.effective.eventId == "V1" })
}

@Test func knownAtShowsRetractionsAndCorrectionsAsTheyStoodThen() throws {
    let before = try fixture.chronology(knownAt: "2014-03-12T00:00:00Z")
    let visit = try #require(before.entries.first { $0.event.effective.eventId == "V2" })
    #expect(!visit.event.isRetracted)  // on file, not yet retracted
    let s47 = try #require(before.entries.first { $0.event.effective.eventId == "S47" })
    #expect(s47.occurredOn == CivilDate(iso8601: "2014-03-03")!)  // the correction came on 15 March
    #expect(!s47.isCorrected)
    let after = try fixture.chronology(knownAt: "2014-03-26T00:00:00Z")
    #expect(after.entries.first { $0.event.effective.eventId == "V2" }?.event.isRetracted == true)
    #expect(after.renderText().contains("~~StatutoryVisitMade~~"))
}

@Test func knownAtUsesTheAppendTimeWhenTheRecordTimeIsLater() throws {
    var events = ChronologyFixture().events
    events[4].ledgerTimestampNanoseconds = 0  // appended in 1970: known from then, and reported
    let replay = try ChildReplay.replay(
        childId: "C1", stream: events.filter { $0.event.envelope.childId == "C1" && $0.event.streamKind == .child },
        times: ReplayTimes(knownAt: Instant(iso8601: "2000-01-01T00:00:00Z")!))
    #expect(replay.events.map(\.effective.eventId) == ["SD"])
    #expect(replay.recordedAfterAppendPositions == [4])
}

@Test func asOfKeepsWhatHadHappenedByThatDate() throws {
    let chronology = try fixture.chronology(asOf: "2014-03-03")
    #expect(ids(chronology) == ["R1", "SD"])  // the s47 is now dated 4 March
    #expect(chronology.judgedOn == CivilDate(iso8601: "2014-03-03")!)
}

@Test func knownAtAndAsOfCombine() throws {
    // Known on 12 March, as of 3 March: the s47 was then dated 3 March, the late visit unknown.
    let chronology = try fixture.chronology(knownAt: "2014-03-12T00:00:00Z", asOf: "2014-03-03")
    #expect(ids(chronology) == ["R1", "SD", "S47"])
}

@Test func diffNamesWhatWasAddedCorrectedAndRetractedBetweenTwoKnowledgeTimes() throws {
    let diff = ChronologyDiff(
        earlier: try fixture.chronology(knownAt: "2014-03-12T00:00:00Z"),
        later: try fixture.chronology(knownAt: "2014-04-04T00:00:00Z"))
    let changes = diff.changes.map { "\($0.kind.rawValue) \($0.entry.event.effective.eventId)" }
    #expect(changes == ["corrected S47", "added V1", "retracted V2"])
    #expect(diff.renderText().contains("1 added, 1 corrected, 1 retracted"))
}

@Test func householdMergesSiblingsAndMembershipFoundFromTheChild() throws {
    let chronology = try fixture.chronology(household: true)
    #expect(chronology.household?.householdId == "H1")
    #expect(chronology.household?.members.map(\.personId) == ["C1", "C2", "A1"])
    #expect(Set(ids(chronology)).isSuperset(of: ["M1", "M2", "M3", "R2", "V3"]))
}

@Test func householdWithoutAHouseholdIdOnTheChildIsRefusedNamingWhereItWasRaised() throws {
    let early = ChronologyFixture()
    let error = #expect(throws: ChronologyError.self) {
        _ = try early.chronology(knownAt: "2014-01-01T00:00:00Z", household: true)
    }
    #expect(error?.code == .householdNotFound)
    #expect(error?.site.hasPrefix("Reports/ChronologyRequest.swift:") == true)
    #expect(error?.cause == nil)
}

@Test func unknownChildIsRefused() throws {
    #expect(throws: ChronologyError.self) {
        _ = try ChildChronology.build(
            ChronologyRequest(childId: "C9", times: ReplayTimes()), engine: ClockEngine(rulebooks: .shipped),
            fallbackJudgementDate: CivilDate(iso8601: "2014-06-30")!,
            provenance: ChronologyProvenance(ledgerHead: nil, ledgerAtKnownAt: nil, streams: []),
            readStream: { _ in [] })
    }
}

@Test(arguments: ["text", "md", "csv", "json", "html"])
func pseudonymisedOutputLeaksNoOriginalIdentifierOrName(format: String) throws {
    let chronology = try fixture.chronology(household: true)
    var pseudonyms = Pseudonyms(labels: [:])
    pseudonyms.assign(for: chronology)
    let text: String
    switch format {
    case "md": text = chronology.renderMarkdown(pseudonyms)
    case "csv": text = chronology.renderCSV(pseudonyms)
    case "json": text = chronology.renderJSON(pseudonyms)
    case "html": text = chronology.renderHTML(pseudonyms)
    default: text = chronology.renderText(pseudonyms)
    }
    let tokens = Set(text.split { !$0.isLetter && !$0.isNumber && $0 != "-" }.map(String.init))
    for id in ChronologyFixture.identifiers {
        #expect(!tokens.contains(id), "\(format) output shows \(id)")
    }
    #expect(!text.contains("Jane Example"))
    #expect(text.contains("Child R") && text.contains("Sibling 1") && text.contains("Worker A"))
    #expect(text.contains("Agency: Health"))
    #expect(text.contains("role=child"))  // a code, not an identifier
}

@Test func pseudonymsAreStableAcrossOutputsThroughTheKeyFile() throws {
    var first = Pseudonyms(labels: [:])
    first.assign(for: try fixture.chronology(knownAt: "2014-03-12T00:00:00Z"))
    var second = try Pseudonyms(keyFileBytes: Array(first.keyFileText.utf8))
    second.assign(for: try fixture.chronology(household: true))
    for (id, label) in first.labels { #expect(second.labels[id] == label) }
    #expect(second.labels["C2"] == "Sibling 1")
}

@Test func keyFileWithSharedLabelsIsRefused() {
    let text = #"{"format":"caseledger.pseudonyms/1","labels":{"C1":"Child R","C2":"Child R"}}"#
    #expect(throws: Pseudonyms.KeyFileError.self) { _ = try Pseudonyms(keyFileBytes: Array(text.utf8)) }
}

@Test func htmlIsOneWellFormedPageWithTimelineTableAndProvenance() throws {
    let html = try fixture.chronology(knownAt: "2014-03-26T00:00:00Z", household: true).renderHTML()
    #expect(html.hasPrefix("<!DOCTYPE html>"))
    #expect(!html.contains("<script") && !html.contains("src=\"http") && !html.contains("href=\"http"))
    for tag in ["svg", "table", "section", "tr", "td", "dl", "del", "circle"] {
        #expect(occurrences(of: "<\(tag)[ >]", in: html) == occurrences(of: "</\(tag)>", in: html), "<\(tag)>")
    }
    #expect(html.contains("class=\"known\""))
    #expect(html.contains("<del>"))
    #expect(html.contains("Provenance and how to verify"))
}

private func occurrences(of pattern: String, in text: String) -> Int {
    text.matches(of: try! Regex(pattern)).count
}

@Test func chronologyShowsRecordingLagAndTheClocksEachEventStartsAndStops() throws {
    let chronology = try fixture.chronology()
    let visit = try #require(chronology.entries.first { $0.event.effective.eventId == "V1" })
    #expect(visit.recordingLagWorkingDays == 22)  // Tue 4 Mar → Thu 3 Apr 2014
    let strategy = try #require(chronology.entries.first { $0.event.effective.eventId == "SD" })
    #expect(!strategy.clocksStarted.isEmpty)
}

@Test func codedFieldsKeepCodesAndFlagsButNotNarrative() {
    let fields = ChildChronology.codedFields([
        "category": .string("NEG"), "planRequired": .bool(true), "rationale": .string("a long free text note"),
        "factors": .array([.string("1B"), .string("3A")]),
    ])
    #expect(fields.map { "\($0.name)=\($0.value)" } == ["category=NEG", "factors=1B;3A", "planRequired=true"])
}
