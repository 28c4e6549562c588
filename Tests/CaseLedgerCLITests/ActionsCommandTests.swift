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

/// Every identifier of the fixture (ids, people, roles, references, agencies): none may appear in a
/// pseudonymised output.
private func fixtureIdentifiers() throws -> Set<String> {
    let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("docs/examples/action-plans.jsonl").path
    var found: Set<String> = []
    func collect(_ value: Any, key: String) {
        if let object = value as? [String: Any] {
            for (name, member) in object { collect(member, key: name) }
        } else if let list = value as? [Any] {
            for item in list { collect(item, key: key) }
        } else if let text = value as? String,
            [
                "eventId", "reviewId", "boardId", "recordedBy", "decidedBy", "acceptedBy", "leadRole", "evidenceRefs",
                "agency", "planId",
            ].contains(key)
        {
            found.insert(text)
        }
    }
    for line in try String(contentsOfFile: file, encoding: .utf8).split(separator: "\n") {
        collect(try JSONSerialization.jsonObject(with: Data(line.utf8)), key: "")
    }
    return found
}

@Test func actionsAndReviewOutputsUnderPseudonymsLeakNoOriginalIdentifier() throws {
    let fixture = try planLedger()
    let key = fixture.process.path("review.key")
    let identifiers = try fixtureIdentifiers()
    #expect(identifiers.contains("R-0001") && identifiers.contains("chair-1") && identifiers.contains("lscb"))
    var runs: [[String]] = []
    for listing in ["status", "overdue", "history"] {
        for format in ["text", "csv", "json", "html"] {
            runs.append(["actions", listing, "--review", "R-0001", "--format", format])
            runs.append(["actions", listing, "--board", "B-0001", "--format", format])
        }
    }
    for subcommand in ["status", "timeline"] {
        for format in ["text", "html"] { runs.append(["review", subcommand, "R-0001", "--format", format]) }
    }
    for arguments in runs {
        let result = try fixture.process.run(
            arguments + ["--as-of", "2017-07-01", "--pseudonymise", key, "--ledger", fixture.ledger])
        #expect(result.exitStatus == 0, "\(arguments): \(result.errorOutput)")
        for identifier in identifiers {
            #expect(!result.output.contains(identifier), "\(arguments) shows \(identifier)")
        }
    }
    let plain = try actions(fixture, ["history", "--review", "R-0001", "--as-of", "2017-07-01"])
    #expect(plain.output.contains("chair-1") && plain.output.contains("scr-R-0001"))
    let labelled = try actions(fixture, ["status", "--review", "R-0001", "--pseudonymise", key])
    #expect(labelled.output.contains("Review A") && labelled.output.contains("Lead A"))
}

@Test func actionsAndReviewHTMLAreSelfContainedPagesWithTheRAGRows() throws {
    let fixture = try planLedger()
    let outputs = try [
        actions(fixture, ["history", "--review", "R-0001", "--as-of", "2017-07-01", "--format", "html"]).output,
        fixture.process.run(["review", "status", "R-0001", "--format", "html", "--ledger", fixture.ledger]).output,
        fixture.process.run(["review", "timeline", "R-0001", "--format", "html", "--ledger", fixture.ledger]).output,
    ]
    for html in outputs {
        #expect(html.hasPrefix("<!DOCTYPE html>") && html.hasSuffix("</html>\n"))
        #expect(!html.contains("<script") && !html.contains("http://") && !html.contains("https://"))
        for tag in ["table", "tr", "section", "td"] {
            #expect(
                html.components(separatedBy: "<\(tag)>").count + html.components(separatedBy: "<\(tag) ").count - 2
                    == html.components(separatedBy: "</\(tag)>").count - 1, "unbalanced <\(tag)>")
        }
    }
    #expect(outputs[0].contains("<tr class=\"red\"><td>2.1</td>"))
}

/// A record of the plan's stream that does not decode is listed and makes the command exit 1 (findings),
/// as every report command does; the plan is shown without it (it was a refusal, exit 65).
@Test func anUndecodableRecordOfThePlanStreamIsAFindingNotARefusal() throws {
    let fixture = try planLedger()
    try BadRecordTests.appendRaw(to: fixture, stream: "scr-R-0001", payload: #"{"hello":"world"}"#)
    for arguments in [["actions", "status", "--review", "R-0001"], ["review", "status", "R-0001"]] {
        let result = try fixture.process.run(arguments + ["--as-of", "2017-07-01", "--ledger", fixture.ledger])
        #expect(result.exitStatus == 1, "\(arguments)")
        #expect(result.errorOutput.contains("stream scr-R-0001, type Note: unexpectedField at hello"), "\(arguments)")
        #expect(!result.errorOutput.contains("world"))
        #expect(result.output.contains("2.1"), "\(arguments)")
    }
}
