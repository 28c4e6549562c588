import Foundation
import Testing

@testable import Rulebooks

/// A rule condition may compare a field with a setting's value (`{"setting": ID}`) only for a `teamId` setting.
@Suite struct ConditionSettingTests {
    @Test func aConditionMayCompareOnlyWithATeamIdSetting() {
        let text = ShippedRulebookText.oldham.replacingOccurrences(
            of: #""equals": {"setting": "oldham.familyConnectTeam"}"#,
            with: #""equals": {"setting": "oldham.unqualifiedDaysUnit"}"#)
        let error = #expect(throws: RulebookError.self) { _ = try Rulebook.parse(text: text) }
        #expect(error?.code == .settingKindMismatch)
    }
}
