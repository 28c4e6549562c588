import LedgerCalendar
import TestSupport
import Testing

@testable import Rulebooks

/// Rules whose definition fixes their counting (DOMAIN.md C14: the DfE assessment measure counts elapsed
/// working days, same day = 0) are not changed by the counting settings; `rules show` says so.
struct PinnedCountingTests {
    static let everyOverride = RuleSettings([
        "dayCount": .dayCount(.inclusive), "nonWorkingStart": .nonWorkingStart(.deemNextWorkingDay),
        "within": .within(.before),
    ])

    @Test(arguments: ["2014-03-03", "2014-03-08"])
    func dfeAssessmentDueDateIgnoresTheCountingSettings(start: String) throws {
        let pinned = try due("dfe.assessment-45", from: start, settings: Self.everyOverride)
        #expect(pinned == (try due("dfe.assessment-45", from: start)))
        guard case .date(let dueDate)? = pinned else {
            Issue.record("no due date")
            return
        }
        let evaluation = try shippedRule("dfe.assessment-45").evaluate(
            start: .date(day(start)), stop: .date(dueDate), asOf: .date(day("2015-01-01")),
            calendar: englandAndWales, settings: Self.everyOverride)
        #expect(evaluation.status == .met)
        #expect(evaluation.due.rule.appliedSettings.isEmpty)
    }

    @Test func statutoryAssessmentStillFollowsTheDayCountSetting() throws {
        let inclusive = RuleSettings(["dayCount": .dayCount(.inclusive)])
        #expect(try due("nat.assessment-45", from: "2014-03-03") == .date(day("2014-05-08")))
        #expect(try due("nat.assessment-45", from: "2014-03-03", settings: inclusive) == .date(day("2014-05-07")))
    }

    @Test func ignoredSettingsNamePinnedValuesAndUnitsWithoutWorkingDays() {
        #expect(
            shippedRule("dfe.assessment-45").ignoredSettings.map(\.description) == [
                "dayCount (fixed by the rule: elapsed)", "nonWorkingStart (fixed by the rule: countFromStart)",
                "within (fixed by the rule: onOrBefore)",
            ])
        #expect(shippedRule("cdr.registrar").ignoredSettings.map(\.id) == ["dayCount", "nonWorkingStart"])
        #expect(shippedRule("nat.police-protection").ignoredSettings.map(\.id) == ["dayCount", "nonWorkingStart"])
        #expect(shippedRule("nat.icpc-15").ignoredSettings.isEmpty)
        #expect(shippedRule("old.pep-initial").ignoredSettings.isEmpty, "its unit is a setting: may be working days")
    }

    @Test func calendarDayRuleRecordsNoWorkingDaySettingAsApplied() throws {
        let dueDate = try shippedRule("cdr.coroner-report").dueDate(
            clockStart: .date(day("2013-12-10")), calendar: englandAndWales, settings: Self.everyOverride)
        #expect(dueDate.deadline?.due == .date(day("2014-01-07")))
        #expect(dueDate.rule.appliedSettings.map(\.id) == ["within"])
    }

    @Test func showTextSaysWhichSettingsTheRuleIgnores() throws {
        let selected = try #require(RulebookSet.shipped.rules(withID: "dfe.assessment-45").first)
        #expect(RulebookCatalog.showText(selected).contains("ignores settings: dayCount (fixed by the rule: elapsed)"))
        let icpc = try #require(RulebookSet.shipped.rules(withID: "nat.icpc-15").first)
        #expect(RulebookCatalog.showText(icpc).contains("ignores settings: none"))
    }
}
