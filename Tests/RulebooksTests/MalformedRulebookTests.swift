import Testing

@testable import Rulebooks

/// One malformed book per error code, with the path and rule id the error must name.
struct MalformedCase: Sendable, CustomTestStringConvertible {
    let name: String
    let text: String
    let code: RulebookError.Code
    let path: String
    let ruleID: String?
    var testDescription: String { name }
}

let malformedCases: [MalformedCase] = [
    MalformedCase(name: "truncated JSON", text: "{\"format\": ", code: .syntax, path: "", ruleID: nil),
    MalformedCase(
        name: "missing title", text: bookText(rules: ruleText(replacing: ["title": ""])), code: .missingKey,
        path: "rules[0]", ruleID: "t.rule"),
    MalformedCase(
        name: "misspelt key", text: bookText(rules: ruleText(adding: #""limits": 3"#)), code: .unknownKey,
        path: "rules[0].limits", ruleID: nil),
    MalformedCase(
        name: "limit amount as text",
        text: bookText(rules: ruleText(replacing: ["limit": #"{"amount": "1", "unit": "hours"}"#])),
        code: .wrongType, path: "rules[0].limit.amount", ruleID: "t.rule"),
    MalformedCase(
        name: "unknown unit", text: bookText(rules: ruleText(replacing: ["limit": #"{"amount": 2, "unit": "weeks"}"#])),
        code: .unknownUnit, path: "rules[0].limit.unit", ruleID: "t.rule"),
    MalformedCase(
        name: "negative limit",
        text: bookText(rules: ruleText(replacing: ["limit": #"{"amount": -1, "unit": "hours"}"#])),
        code: .invalidValue, path: "rules[0].limit.amount", ruleID: "t.rule"),
    MalformedCase(
        name: "limit above the maximum",
        text: bookText(rules: ruleText(replacing: ["limit": #"{"amount": 10001, "unit": "hours"}"#])),
        code: .invalidValue, path: "rules[0].limit.amount", ruleID: "t.rule"),
    MalformedCase(
        name: "sameEvent stop of another type",
        text: bookText(
            rules: ruleText(replacing: [
                "stop": #"{"events": [{"type": "ReferralDecisionMade"}], "match": {"kind": "sameEvent"}}"#
            ])),
        code: .invalidValue, path: "rules[0].stop.match", ruleID: "t.rule"),
    MalformedCase(
        name: "impossible date", text: bookText(rules: ruleText(), inForce: #"{"from": "2013-02-29", "to": null}"#),
        code: .invalidValue, path: "inForce.from", ruleID: nil),
    MalformedCase(
        name: "unknown event type",
        text: bookText(rules: ruleText(replacing: ["start": #"{"events": [{"type": "ReferalReceived"}]}"#])),
        code: .unknownEventType, path: "rules[0].start.events[0].type", ruleID: "t.rule"),
    MalformedCase(
        name: "child event in a review-scoped rule",
        text: bookText(rules: ruleText(replacing: ["scope": "\"review\""])),
        code: .streamMismatch, path: "rules[0].start.events[0].type", ruleID: "t.rule"),
    MalformedCase(
        name: "board-scoped rule (board streams are not evaluated)",
        text: bookText(rules: ruleText(replacing: ["scope": "\"board\""])), code: .invalidValue,
        path: "rules[0].scope", ruleID: "t.rule"),
    MalformedCase(
        name: "correction as a start event",
        text: bookText(rules: ruleText(replacing: ["start": #"{"events": [{"type": "EventCorrected"}]}"#])),
        code: .invalidValue, path: "rules[0].start.events[0].type", ruleID: "t.rule"),
    MalformedCase(
        name: "misspelt condition field",
        text: bookText(rules: ruleText(replacing: ["start": startWhere(#""field": "sorce", "equals": "police""#)])),
        code: .unknownField, path: "rules[0].start.events[0].where[0].field", ruleID: "t.rule"),
    MalformedCase(
        name: "condition on a list field",
        text: bookText(
            rules: ruleText(replacing: ["start": startWhere(#""field": "householdMemberIds", "equals": "C2""#)])),
        code: .fieldMismatch, path: "rules[0].start.events[0].where[0].field", ruleID: "t.rule"),
    MalformedCase(
        name: "code not in its list",
        text: bookText(rules: ruleText(replacing: ["start": startWhere(#""field": "source", "in": ["police"]"#)])),
        code: .fieldMismatch, path: "rules[0].start.events[0].where[0].in[0]", ruleID: "t.rule"),
    MalformedCase(
        name: "Boolean field compared with text",
        text: bookText(
            rules: ruleText(replacing: [
                "stop": #"{"events": [{"type": "IcpcHeld", "where": [{"field": "planRequired", "equals": "true"}]}], "#
                    + #""match": {"kind": "firstAfterStart"}}"#
            ])),
        code: .fieldMismatch, path: "rules[0].stop.events[0].where[0].equals", ruleID: "t.rule"),
    MalformedCase(
        name: "misspelt timeField",
        text: bookText(
            rules: ruleText(replacing: [
                "start": #"{"events": [{"type": "ReferralReceived", "timeField": "recievedAt"}]}"#
            ])),
        code: .unknownField, path: "rules[0].start.events[0].timeField", ruleID: "t.rule"),
    MalformedCase(
        name: "timeField that is not a date",
        text: bookText(
            rules: ruleText(replacing: ["start": #"{"events": [{"type": "ReferralReceived", "timeField": "source"}]}"#])
        ),
        code: .fieldMismatch, path: "rules[0].start.events[0].timeField", ruleID: "t.rule"),
    MalformedCase(
        name: "link field the stop event does not have",
        text: bookText(
            rules: ruleText(replacing: [
                "stop":
                    #"{"events": [{"type": "ReferralDecisionMade"}], "match": {"kind": "link", "field": "referralId"}}"#
            ])),
        code: .unknownField, path: "rules[0].stop.match.field", ruleID: "t.rule"),
    MalformedCase(
        name: "undefined setting", text: bookText(rules: ruleText(replacing: ["limit": #"{"setting": "nope"}"#])),
        code: .unknownSetting, path: "rules[0].limit", ruleID: "t.rule"),
    MalformedCase(
        name: "unit setting used as a whole limit",
        text: bookText(
            rules: ruleText(replacing: ["limit": #"{"setting": "dayCount"}"#])),
        code: .settingKindMismatch, path: "rules[0].limit", ruleID: "t.rule"),
    MalformedCase(
        name: "duplicate rule id", text: bookText(rules: ruleText() + ", " + ruleText(family: "other")),
        code: .duplicateID, path: "rules[1]", ruleID: "t.rule"),
    MalformedCase(
        name: "missing source", text: bookText(rules: ruleText(replacing: ["source": ""])), code: .missingSource,
        path: "rules[0]", ruleID: "t.rule"),
    MalformedCase(
        name: "blank source", text: bookText(rules: ruleText(replacing: ["source": "\"  \""])), code: .missingSource,
        path: "rules[0].source", ruleID: "t.rule"),
    MalformedCase(
        name: "from after to",
        text: bookText(rules: ruleText(), inForce: #"{"from": "2014-01-01", "to": "2013-12-31"}"#),
        code: .invalidRange, path: "inForce", ruleID: nil),
    MalformedCase(
        name: "rule range outside its book",
        text: bookText(rules: ruleText(adding: #""inForce": {"from": "2012-01-01", "to": null}"#)),
        code: .invalidRange, path: "rules[0].inForce", ruleID: "t.rule"),
]

/// A start pattern on `ReferralReceived` with one condition (the members of its JSON object).
func startWhere(_ condition: String) -> String {
    #"{"events": [{"type": "ReferralReceived", "where": [{"# + condition + "}]}]}"
}

@Test(arguments: malformedCases)
func malformedRulebookIsRefusedWithCodePathAndRule(_ example: MalformedCase) {
    #expect {
        _ = try Rulebook.parse(text: example.text)
    } throws: { error in
        guard let error = error as? RulebookError else { return false }
        return error.code == example.code && error.path == example.path && error.ruleID == example.ruleID
    }
}

@Test func everyErrorCodeIsExercisedByAMalformedCaseOrTheSetTests() {
    let covered = Set(malformedCases.map(\.code)).union([.overlappingRange])
    #expect(covered == Set(RulebookError.Code.allCases))
}

@Test func errorDescriptionNamesPathRuleAndReason() {
    let error = RulebookError(
        .invalidValue, path: "rules[3].limit.amount", ruleID: "nat.icpc-15", reason: "limit -1 is negative")
    #expect(error.description == "invalidValue at rules[3].limit.amount (rule nat.icpc-15): limit -1 is negative")
}

@Test func minimalValidBookLoads() throws {
    let book = try Rulebook.parse(text: bookText(rules: ruleText()))
    #expect(book.rules.map(\.id) == ["t.rule"])
    #expect(book.rules[0].limit == .fixed(.workingDays(1)))
}

@Test func nationalBookWithAnAuthorityIsRefused() {
    #expect(throws: RulebookError(.invalidValue, path: "", reason: "")) {
        _ = try Rulebook.parse(
            text: bookText(rules: ruleText(), extra: #", "authority": "Oldham""#))
    }
}

@Test func conditionWithTwoTestsIsRefused() {
    let start =
        #"{"events": [{"type": "IcpcHeld", "where": [{"field": "planRequired", "equals": true, "in": [true]}]}]}"#
    #expect(throws: RulebookError(.invalidValue, path: "", reason: "")) {
        _ = try Rulebook.parse(text: bookText(rules: ruleText(replacing: ["start": start])))
    }
}

@Test func recurrenceWithoutLimitsIsRefused() {
    let recurrence = #""recurrence": {"id": "t.next", "limits": [], "endsWith": [{"type": "CpPlanEnded"}]}"#
    #expect {
        _ = try Rulebook.parse(text: bookText(rules: ruleText(adding: recurrence)))
    } throws: { error in
        (error as? RulebookError)?.path == "rules[0].recurrence.limits"
    }
}

@Test func recurrenceIDClashingWithARuleIDIsADuplicate() {
    let recurrence =
        #""recurrence": {"id": "t.rule", "limits": [{"amount": 6, "unit": "months"}], "endsWith": [{"type": "CpPlanEnded"}]}"#
    #expect(throws: RulebookError(.duplicateID, path: "", reason: "")) {
        _ = try Rulebook.parse(text: bookText(rules: ruleText(adding: recurrence)))
    }
}

@Test func settingWithADefaultOfTheWrongKindIsRefused() {
    let settings = #"[{"id": "s", "title": "S", "kind": "limit", "default": "workingDays", "source": "x"}]"#
    #expect(throws: RulebookError(.wrongType, path: "", reason: "")) {
        _ = try Rulebook.parse(text: bookText(rules: ruleText(), settings: settings))
    }
}

@Test func settingDefinedTwiceIsADuplicate() {
    let setting = #"{"id": "s", "title": "S", "kind": "unit", "default": "hours", "source": "x"}"#
    #expect(throws: RulebookError(.duplicateID, path: "", reason: "")) {
        _ = try Rulebook.parse(
            text: bookText(rules: ruleText(), settings: "[\(setting), \(setting)]"))
    }
}
