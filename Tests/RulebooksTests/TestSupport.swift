import LedgerCalendar
import TestSupport

@testable import Rulebooks

let englandAndWales = WorkingDayCalendar.englandAndWales

/// A shipped rule by id, from any shipped book; traps on a typo in the test itself.
func shippedRule(_ id: String) -> TimescaleRule {
    for book in RulebookSet.shipped.books {
        if let rule = book.rule(id: id) { return rule }
    }
    preconditionFailure("no shipped rule \(id)")
}

/// The due date of `ruleID` from a date start under `settings`.
func due(
    _ ruleID: String, from start: String, settings: RuleSettings = RuleSettings(), occurrence: Int = 0
) throws -> DueTime? {
    try shippedRule(ruleID).dueDate(
        clockStart: .date(day(start)), calendar: englandAndWales, settings: settings, occurrence: occurrence
    ).deadline?.due
}

/// A minimal valid book around `rules` (JSON text of the rules array's elements), for malformed-input tests.
func bookText(
    rules: String, settings: String = "[]", inForce: String = #"{"from": "2013-04-15", "to": null}"#,
    name: String = "test", extra: String = ""
) -> String {
    """
    {"format": "caseledger.rulebook/1", "name": "\(name)", "title": "Test book", "kind": "national",
     "edition": "T1", "version": "1", "inForce": \(inForce), "settings": \(settings), "rules": [\(rules)]\(extra)}
    """
}

/// A valid rule object; `replacing` swaps one member's JSON text, `adding` appends members.
func ruleText(id: String = "t.rule", family: String = "fam", replacing: [String: String] = [:], adding: String = "")
    -> String
{
    var members: [(String, String)] = [
        ("id", "\"\(id)\""), ("family", "\"\(family)\""), ("title", "\"A rule\""), ("scope", "\"child\""),
        ("start", #"{"events": [{"type": "ReferralReceived"}]}"#),
        ("stop", #"{"events": [{"type": "ReferralDecisionMade"}], "match": {"kind": "firstAfterStart"}}"#),
        ("limit", #"{"amount": 1, "unit": "workingDays"}"#), ("source", "\"001: WT2013 ch.1 para 55\""),
    ]
    members = members.compactMap { key, value in
        guard let replacement = replacing[key] else { return (key, value) }
        return replacement.isEmpty ? nil : (key, replacement)
    }
    let body = members.map { "\"\($0)\": \($1)" }.joined(separator: ", ")
    return "{" + body + (adding.isEmpty ? "" : ", " + adding) + "}"
}
