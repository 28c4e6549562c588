import LedgerCalendar
import Rulebooks
import Testing

@Test func settingAssignmentsParseEveryKindUsersType() throws {
    let settings = try RulebookSet.shipped.settings(parsing: [
        "dayCount=inclusive", "wt2010.initialAssessmentLimit=10 workingDays", "wt2010.icpcAnchor=first",
        "oldham.ihaLimit=48 hours",
    ])
    #expect(settings.overrides["dayCount"] == .dayCount(.inclusive))
    #expect(settings.overrides["wt2010.initialAssessmentLimit"] == .limit(.workingDays(10)))
    #expect(settings.overrides["wt2010.icpcAnchor"] == .anchor(.first))
    #expect(settings.overrides["oldham.ihaLimit"] == .limit(.hours(48)))
}

@Test(arguments: [
    ("bogus=1", RulebookError.Code.unknownSetting), ("dayCount=sideways", .invalidValue),
    ("wt2010.initialAssessmentLimit=ten", .wrongType), ("wt2010.initialAssessmentLimit=10 fortnights", .unknownUnit),
    ("=inclusive", .invalidValue), ("dayCount", .invalidValue),
])
func badSettingAssignmentIsRefusedNamingIt(assignment: String, code: RulebookError.Code) {
    do {
        _ = try RulebookSet.shipped.settings(parsing: [assignment])
        Issue.record("\(assignment) was accepted")
    } catch {
        #expect(error.code == code)
        #expect(error.path == assignment)
    }
}

@Test func settingOverrideChangesTheDueDate() throws {
    let rule = try #require(RulebookSet.shipped.rules(withID: "wt10.initial-assessment").first?.rule)
    let start = ClockStart.date(CivilDate(iso8601: "2012-06-04")!)
    let byDefault = try rule.dueDate(
        clockStart: start, calendar: .englandAndWales, settings: RuleSettings(), occurrence: 0)
    let overridden = try rule.dueDate(
        clockStart: start, calendar: .englandAndWales,
        settings: try RulebookSet.shipped.settings(parsing: ["wt2010.initialAssessmentLimit=10 workingDays"]),
        occurrence: 0)
    #expect(byDefault.deadline?.due == .date(CivilDate(iso8601: "2012-06-14")!))  // 7 WD: 4–5 Jun 2012 holidays
    #expect(overridden.deadline?.due == .date(CivilDate(iso8601: "2012-06-19")!))
}
