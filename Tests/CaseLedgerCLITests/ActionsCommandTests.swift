import Foundation
import Testing

/// docs/examples/action-plans.jsonl imported into a fresh ledger.
private func planLedger() throws -> LedgerFixture {
    let fixture = try LedgerFixture()
    let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("docs/examples/action-plans.jsonl").path
    let result = try fixture.run("import", [file])
    #expect(result.exitStatus == 0, "import failed: \(result.errorOutput)")
    return fixture
}

private func actions(_ fixture: LedgerFixture, _ arguments: [String]) throws -> CLIResult {
    try fixture.process.run(["actions"] + arguments + ["--ledger", fixture.ledger])
}

@Test func actionsOverdueOnTheFirstOfJulyListsTheJuneAndAprilActions() throws {
    let fixture = try planLedger()
    let result = try actions(fixture, ["overdue", "--review", "R-0001", "--as-of", "2017-07-01", "--format", "csv"])
    #expect(result.exitStatus == 0, "\(result.errorOutput)")
    let ids = result.output.split(separator: "\r\n").dropFirst().map { $0.split(separator: ",")[0] }
    #expect(ids == ["2.1", "3.1"])
}

@Test func actionsStatusOnTheDueDateIsAmber() throws {
    let fixture = try planLedger()
    let result = try actions(fixture, ["status", "--review", "R-0001", "--as-of", "2017-06-30", "--format", "json"])
    #expect(result.exitStatus == 0, "\(result.errorOutput)")
    let document = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
    let rows = try #require(document["actions"] as? [[String: String]])
    #expect(rows.first { $0["action"] == "2.1" }?["status"] == "amber")
    #expect(rows.first { $0["action"] == "1.1" }?["status"] == "complete")
}

@Test func actionsOfABusinessPlanFlagTheBlankAndKeepTheOngoing() throws {
    let fixture = try planLedger()
    let result = try actions(fixture, ["status", "--board", "B-0001", "--as-of", "2013-12-31"])
    #expect(result.exitStatus == 0, "\(result.errorOutput)")
    #expect(result.output.contains("3.2.2") && result.output.contains("no-target"))
    #expect(result.output.contains("ongoing"))
}

@Test func actionsNeedExactlyOneOfReviewAndBoardAndAnExistingStream() throws {
    let fixture = try planLedger()
    #expect(try actions(fixture, ["status"]).exitStatus == 64)
    #expect(try actions(fixture, ["status", "--review", "R-0001", "--board", "B-0001"]).exitStatus == 64)
    #expect(try actions(fixture, ["status", "--review", "R-9"]).exitStatus == 66)
}

@Test func reviewStatusListsTheLifecycleAndEachRecommendationWithItsActions() throws {
    let fixture = try planLedger()
    let result = try fixture.process.run([
        "review", "status", "R-0001", "--ledger", fixture.ledger, "--as-of", "2017-07-01",
    ])
    #expect(result.exitStatus == 0, "\(result.errorOutput)")
    #expect(result.output.contains("ScrDecisionMade") && result.output.contains("Recommendation 2"))
    let line = try #require(result.output.split(separator: "\n").first { $0.hasPrefix("  2.1 ") })
    #expect(line.contains("red"))
}

@Test func reviewTimelineKnownBeforeTheTargetRevisionLeavesItOut() throws {
    let fixture = try planLedger()
    let result = try fixture.process.run([
        "review", "timeline", "R-0001", "--ledger", fixture.ledger, "--known-at", "2017-05-21",
    ])
    #expect(result.exitStatus == 0, "\(result.errorOutput)")
    #expect(result.output.contains("ActionDefined") && !result.output.contains("ActionTargetRevised"))
}
