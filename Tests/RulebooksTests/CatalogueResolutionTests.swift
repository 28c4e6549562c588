import Foundation
import Testing

@testable import Rulebooks

/// Every field a shipped book names is resolved against the event catalogue: the misspellings that made
/// rules dead or always met (issue 8) are refused, naming the rule, the JSON path and the field.
struct CatalogueResolutionTests {
    struct Misspelling: Sendable, CustomTestStringConvertible {
        let book: String
        let correct: String
        let wrong: String
        let ruleID: String
        let path: String
        var testDescription: String { "\(ruleID): \(wrong)" }
    }

    /// The field names the shipped books used before the catalogue check, each in the rule that used it.
    static let misspellings: [Misspelling] = [
        Misspelling(
            book: "wt2013", correct: #""timeField": "registeredOn""#, wrong: #""timeField": "registrationDate""#,
            ruleID: "cdr.registrar", path: "rules[11].start.events[0].timeField"),
        Misspelling(
            book: "wt2013", correct: #""timeField": "inquestOrPostMortemDecidedOn""#,
            wrong: #""timeField": "inquestOrPostMortemOn""#, ruleID: "cdr.coroner",
            path: "rules[12].start.events[0].timeField"),
        Misspelling(
            book: "oldham", correct: #""field": "teamId", "equals": {"setting": "oldham.familyConnectTeam"}"#,
            wrong: #""field": "team", "equals": {"setting": "oldham.familyConnectTeam"}"#, ruleID: "old.fc-first-visit",
            path: "rules[5].start.events[0].where[0].field"),
        Misspelling(
            book: "oldham", correct: #""timeField": "minutesCirculatedOn""#, wrong: #""timeField": "minutesDate""#,
            ruleID: "old.cg-minutes", path: "rules[13].stop.events[0].timeField"),
        Misspelling(
            book: "oldham", correct: #""timeField": "decisionsCirculatedOn""#,
            wrong: #""timeField": "decisionsCirculatedAt""#, ruleID: "old.icpc-decisions",
            path: "rules[12].stop.events[0].timeField"),
    ]

    static func shippedText(_ name: String) -> String {
        [
            "wt2010": ShippedRulebookText.wt2010, "wt2013": ShippedRulebookText.wt2013,
            "oldham": ShippedRulebookText.oldham, "statute": ShippedRulebookText.statute,
        ][name]!
    }

    @Test(arguments: misspellings)
    func shippedBookWithTheOldFieldNameIsRefused(_ case: Misspelling) throws {
        let text = Self.shippedText(`case`.book)
        #expect(text.contains(`case`.correct))
        let misspelt = text.replacingOccurrences(of: `case`.correct, with: `case`.wrong)
        let error = try #require(throws: RulebookError.self) { _ = try Rulebook.parse(text: misspelt) }
        #expect(error.code == .unknownField)
        #expect(error.ruleID == `case`.ruleID && error.path == `case`.path)
        let wrongField = `case`.wrong.split(separator: "\"")[2]
        #expect(error.field == String(wrongField))
        #expect(error.description.contains("field \(wrongField)"))
    }

    @Test func everyShippedPatternNamesOnlyCatalogueFields() throws {
        for book in RulebookSet.shipped.books {
            #expect(try Rulebook.parse(text: Self.shippedText(book.name)) == book)
        }
    }

    @Test func misspeltCodeValueIsRefusedWithItsList() throws {
        let text = ShippedRulebookText.wt2013.replacingOccurrences(of: #""noFurtherAction""#, with: #""nfa""#)
        let error = try #require(throws: RulebookError.self) { _ = try Rulebook.parse(text: text) }
        #expect(error.code == .fieldMismatch && error.ruleID == "nat.assessment-45")
        #expect(error.field == "outcome" && error.reason.contains("ReferralOutcome"))
    }
}
