import LedgerCalendar
import TestSupport
import Testing

@testable import Rulebooks

@Test func initialAssessmentDefaultsToSevenWorkingDays() throws {
    let dueDate = try shippedRule("wt10.initial-assessment").dueDate(
        clockStart: .date(day("2012-04-05")), calendar: englandAndWales)
    #expect(dueDate.rule.limit == .workingDays(7))
    #expect(
        dueDate.rule.appliedSettings.contains(
            AppliedSetting(id: "wt2010.initialAssessmentLimit", value: .limit(.workingDays(7)), isDefault: true)))
}

@Test func initialAssessmentOverrideToTenWorkingDaysIsUsedAndRecorded() throws {
    let settings = RuleSettings(["wt2010.initialAssessmentLimit": .limit(.workingDays(10))])
    let dueDate = try shippedRule("wt10.initial-assessment").dueDate(
        clockStart: .date(day("2012-04-05")), calendar: englandAndWales, settings: settings)
    #expect(dueDate.deadline?.due == .date(day("2012-04-23")))
    #expect(
        dueDate.rule.appliedSettings.contains(
            AppliedSetting(id: "wt2010.initialAssessmentLimit", value: .limit(.workingDays(10)), isDefault: false)))
}

@Test func oldhamInitialHealthAssessmentCanBeFortyEightHours() throws {
    let rule = shippedRule("old.iha-request")
    let settings = RuleSettings(["oldham.ihaLimit": .limit(.hours(48))])
    let dueDate = try rule.dueDate(
        clockStart: .instant(instant("2024-03-21T09:00:00Z")), calendar: englandAndWales, settings: settings)
    #expect(dueDate.deadline?.due == .instant(instant("2024-03-23T09:00:00Z")))
    let dateOnly = try rule.dueDate(clockStart: .date(day("2024-03-21")), calendar: englandAndWales, settings: settings)
    #expect(dateOnly.deadline == nil)
}

@Test func unqualifiedDaysDefaultToCalendarDaysAndCanBeWorkingDays() throws {
    #expect(try due("old.pep-initial", from: "2024-03-21") == .date(day("2024-03-31")))
    let workingDays = RuleSettings(["oldham.unqualifiedDaysUnit": .unit(.workingDays)])
    #expect(try due("old.pep-initial", from: "2024-03-21", settings: workingDays) == .date(day("2024-04-08")))
}

@Test func wt2010IcpcAnchorDefaultsToTheLastStrategyDiscussionAndCanBeOverridden() throws {
    let rule = shippedRule("wt10.icpc-15")
    #expect(try rule.resolved(settings: RuleSettings()).anchor == .last)
    let first = RuleSettings(["wt2010.icpcAnchor": .anchor(.first)])
    #expect(try rule.resolved(settings: first).anchor == .first)
    #expect(try shippedRule("nat.icpc-15").resolved(settings: RuleSettings()).anchor == .first)
}

@Test func strictWithinMakesTheDueDateItselfABreach() throws {
    let strict = RuleSettings(["within": .within(.before)])
    let evaluation = try shippedRule("nat.icpc-15").evaluate(
        start: .date(day("2013-05-13")), stop: .date(day("2013-06-04")), asOf: .date(day("2013-06-04")),
        calendar: englandAndWales, settings: strict)
    #expect(evaluation.status == .breached(by: Overrun(amount: 1, unit: .workingDays)))
}

@Test func overrideOfTheWrongKindIsRefused() {
    let wrong = RuleSettings(["wt2010.initialAssessmentLimit": .unit(.hours)])
    #expect(throws: RuleEvaluationError(.settingKindMismatch, ruleID: "", reason: "")) {
        _ = try shippedRule("wt10.initial-assessment").resolved(settings: wrong)
    }
}

@Test func repetitionOfANonRecurringRuleIsRefused() {
    #expect(throws: RuleEvaluationError(.noRecurrence, ruleID: "", reason: "")) {
        _ = try shippedRule("nat.icpc-15").resolved(settings: RuleSettings(), occurrence: 1)
    }
}

@Test func recurringClockIsNamedByItsRecurrenceID() throws {
    let rule = shippedRule("nat.rcpc-first")
    #expect(try rule.resolved(settings: RuleSettings(), occurrence: 0).clockID == "nat.rcpc-first")
    #expect(try rule.resolved(settings: RuleSettings(), occurrence: 1).clockID == "nat.rcpc-next")
    #expect(try rule.resolved(settings: RuleSettings(), occurrence: 1).limit == .months(6))
}

@Test(
    arguments: [
        (ConditionValue.bool(true), true), (.bool(false), false), (nil, false),
    ] as [(ConditionValue?, Bool)])
func icpcStartsTheCoreGroupClockOnlyWhenAPlanResults(planRequired: ConditionValue?, starts: Bool) throws {
    let pattern = try #require(shippedRule("nat.core-group-first").startEvents.first)
    #expect(pattern.matches(type: "IcpcHeld") { $0 == "planRequired" ? planRequired : nil } == starts)
    #expect(!pattern.matches(type: "RcpcHeld") { _ in .bool(true) })
}

@Test func nfaReferralDecisionCancelsTheAssessmentClockButOtherOutcomesDoNot() throws {
    let cancel = try #require(shippedRule("nat.assessment-45").cancelEvents.first)
    #expect(cancel.matches(type: "ReferralDecisionMade") { _ in .string("noFurtherAction") })
    #expect(!cancel.matches(type: "ReferralDecisionMade") { _ in .string("assessment") })
}

@Test(
    arguments: [
        (EventCondition.Test.notEquals(.string("a")), ConditionValue?.none, true),
        (.notEquals(.string("a")), .string("a"), false),
        (.oneOf([.integer(1), .integer(2)]), .integer(2), true),
        (.oneOf([.integer(1), .integer(2)]), .integer(3), false),
        (.oneOf([.integer(1)]), nil, false),
    ] as [(EventCondition.Test, ConditionValue?, Bool)])
func conditionTestsHoldAsDocumented(test: EventCondition.Test, value: ConditionValue?, holds: Bool) {
    #expect(EventCondition(field: "f", test: test).holds(for: value) == holds)
}

@Test func negativeOccurrenceIsAProgrammingErrorAndTraps() async {
    await #expect(processExitsWith: .failure) {
        _ = try? shippedRule("nat.rcpc-first").resolved(settings: RuleSettings(), occurrence: -1)
    }
}
