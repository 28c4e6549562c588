import LedgerCalendar
import TestSupport
import Testing

@testable import Rulebooks

private let shipped = RulebookSet.shipped

@Test(arguments: [
    ("initial-assessment", "2013-04-12", "wt10.initial-assessment"),
    ("assessment", "2013-04-15", "nat.assessment-45"),
    ("icpc", "2013-04-12", "wt10.icpc-15"),
    ("icpc", "2013-04-15", "nat.icpc-15"),
    ("referral-decision", "2013-04-14", "wt10.referral-decision"),
    ("referral-decision", "2013-04-15", "nat.referral-decision"),
])
func nationalRuleIsChosenByTheClockStartDate(family: String, start: String, expected: String) {
    #expect(shipped.rule(family: family, clockStart: day(start))?.rule.id == expected)
}

@Test func referralOnTwelveAprilTwentyThirteenIsNotScoredAgainstTheSingleAssessment() {
    // R1: referrals before 15 Apr 2013 are measured against the initial assessment, not the 45 WD rule.
    #expect(shipped.rule(family: "assessment", clockStart: day("2013-04-12")) == nil)
    #expect(shipped.rule(family: "initial-assessment", clockStart: day("2013-04-15")) == nil)
}

@Test(
    arguments: [
        ("2024-03-21", "Oldham", "old.icpc-15", "oldham"),
        ("2023-12-31", "Oldham", "nat.icpc-15", "wt2013"),
        ("2024-03-21", "Salford", "nat.icpc-15", "wt2013"),
        ("2024-03-21", nil, "nat.icpc-15", "wt2013"),
    ] as [(String, String?, String, String)])
func localRuleReplacesTheNationalRuleOnlyForItsAuthorityAndRange(
    start: String, authority: String?, expected: String, book: String
) {
    let selected = shipped.rule(family: "icpc", clockStart: day(start), authority: authority)
    #expect(selected?.rule.id == expected)
    #expect(selected?.rulebookName == book)
}

@Test func nationalRuleStillAppliesWhereTheLocalBookIsSilent() {
    let selected = shipped.rule(family: "core-group-first", clockStart: day("2024-03-21"), authority: "Oldham")
    #expect(selected?.rule.id == "nat.core-group-first")
}

@Test func selectionRecordsTheBookVersionAndHash() throws {
    let selected = try #require(shipped.rule(family: "icpc", clockStart: day("2014-01-01")))
    let book = shipped.books[1]
    #expect(selected.rulebookVersion == book.version)
    #expect(selected.rulebookContentHash == book.contentHash)
}

@Test func rulesInForceListsOneRulePerFamilyWithLocalOverrides() {
    let rules = shipped.rules(inForceOn: day("2024-03-21"), authority: "Oldham")
    let families = rules.map(\.rule.family)
    #expect(families == families.sorted())
    #expect(Set(families).count == families.count)
    #expect(rules.first { $0.rule.family == "rcpc" }?.rule.id == "old.rcpc-first")
    #expect(!families.contains("initial-assessment"))
}

@Test func sameRuleIDInForceTwiceIsAnOverlappingRange() throws {
    let first = try Rulebook.parse(text: bookText(rules: ruleText(), name: "first"))
    let second = try Rulebook.parse(
        text: bookText(
            rules: ruleText(family: "other"), inForce: #"{"from": "2020-01-01", "to": null}"#, name: "second"))
    #expect(throws: RulebookError(.overlappingRange, path: "", reason: "")) { _ = try RulebookSet([first, second]) }
}

@Test func sameFamilyInTwoNationalBooksAtOnceIsAnOverlappingRange() throws {
    let first = try Rulebook.parse(text: bookText(rules: ruleText(id: "a"), name: "first"))
    let second = try Rulebook.parse(text: bookText(rules: ruleText(id: "b"), name: "second"))
    #expect(throws: RulebookError(.overlappingRange, path: "", reason: "")) { _ = try RulebookSet([first, second]) }
}

@Test func sameRuleIDInConsecutiveRangesIsAccepted() throws {
    let early = try Rulebook.parse(
        text: bookText(rules: ruleText(), inForce: #"{"from": null, "to": "2013-04-14"}"#, name: "early"))
    let late = try Rulebook.parse(text: bookText(rules: ruleText(), name: "late"))
    let set = try RulebookSet([early, late])
    #expect(set.rule(family: "fam", clockStart: day("2013-04-14"))?.rulebookName == "early")
    #expect(set.rule(family: "fam", clockStart: day("2013-04-15"))?.rulebookName == "late")
}

@Test func twoBooksWithOneNameAreDuplicates() throws {
    let book = try Rulebook.parse(text: bookText(rules: ruleText()))
    #expect(throws: RulebookError(.duplicateID, path: "", reason: "")) { _ = try RulebookSet([book, book]) }
}
