import CommandLineSupport
import Testing

@Test(arguments: [
    ["report", "--ledger", "/l"], ["report", "--ledger=/l"], ["report", "--json", "--ledger", "/l"],
    ["report", "--ledger", "/l", "--", "--not-an-option"],
])
func ledgerOptionIsReadInEveryForm(tokens: [String]) throws {
    let arguments = try #require(try SampleCommands.arguments(tokens))
    #expect(arguments.value("ledger") == "/l")
    #expect(arguments.commandPath == ["tool", "report"])
}

@Test func absentOptionsTakeTheirDefaultsAndFlagsAreFalse() throws {
    let arguments = try #require(try SampleCommands.arguments(["report", "--ledger", "/l"]))
    #expect(arguments.value("from") == "2014-04-01")
    #expect(arguments.value("format") == "table")
    #expect(arguments.value("limit") == nil)
    #expect(arguments.values("rule").isEmpty)
    #expect(arguments.flag("json") == false)
    #expect(arguments.flag("skip-invalid") == false)
    #expect(arguments.values("file").isEmpty)
}

@Test func repeatableOptionKeepsEveryValueInOrder() throws {
    let tokens = ["report", "--ledger", "/l", "--rule", "b", "--rule=a", "--rule", "c"]
    let arguments = try #require(try SampleCommands.arguments(tokens))
    #expect(arguments.values("rule") == ["b", "a", "c"])
    #expect(arguments.value("rule") == "c")
}

@Test func shortNamesFlagsAndVariadicPositionalsMix() throws {
    let tokens = ["report", "a.jsonl", "-f", "csv", "--ledger", "/l", "b.jsonl", "--skip-invalid", "-n", "5", "c"]
    let arguments = try #require(try SampleCommands.arguments(tokens))
    #expect(arguments.value("format") == "csv")
    #expect(try arguments.integer("limit") == 5)
    #expect(arguments.flag("skip-invalid"))
    #expect(arguments.values("file") == ["a.jsonl", "b.jsonl", "c"])
}

@Test func terminatorMakesEveryLaterTokenPositional() throws {
    let tokens = ["report", "--ledger", "/l", "--", "--json", "-h", "--"]
    let arguments = try #require(try SampleCommands.arguments(tokens))
    #expect(arguments.flag("json") == false)
    #expect(arguments.values("file") == ["--json", "-h", "--"])
}

@Test(arguments: [("-1", -1), ("0", 0), ("-40", -40)])
func negativeNumbersAreValuesNotOptions(text: String, expected: Int) throws {
    let arguments = try #require(try SampleCommands.arguments(["report", "--ledger", "/l", "--limit", text]))
    #expect(try arguments.integer("limit") == expected)
}

@Test func dashAloneIsAValueMeaningStandardInput() throws {
    let arguments = try #require(try SampleCommands.arguments(["report", "--ledger", "-", "-"]))
    #expect(arguments.value("ledger") == "-")
    #expect(arguments.values("file") == ["-"])
}

@Test func emptyInlineValueIsAValue() throws {
    let arguments = try #require(try SampleCommands.arguments(["report", "--ledger="]))
    #expect(arguments.value("ledger") == "")
}

@Test func optionalPositionalTakesItsDefault() throws {
    let arguments = try #require(try SampleCommands.arguments(["copy", "in.txt"]))
    #expect(arguments.value("source") == "in.txt")
    #expect(arguments.value("target") == "out.txt")
}

@Test(arguments: ["11", "ten", "-1", "9999999999999999999999"])
func integerOutsideItsRangeOrNotANumberIsAUsageError(text: String) throws {
    let arguments = try #require(try SampleCommands.arguments(["report", "--ledger", "/l", "--limit", text]))
    let expected = UsageError(
        commandPath: ["tool", "report"], argument: text, reason: .invalidValue(expected: "an integer in 0...10"))
    #expect(throws: expected) { try arguments.integer("limit", in: 0...10) }
}

@Test(arguments: [["--help"], ["-h"], ["report", "--help"], ["report", "--ledger", "/l", "-h"], ["rules", "-h"]])
func helpIsRecognisedAtEveryLevelBeforeRequiredChecks(tokens: [String]) throws {
    guard case .help = try SampleCommands.parser.parse(tokens) else {
        Issue.record("expected a help request for \(tokens)")
        return
    }
}

@Test(arguments: [["--version"], ["report", "--version"], ["rules", "--version"]])
func versionIsRecognisedAtEveryLevel(tokens: [String]) throws {
    guard case .version(let version) = try SampleCommands.parser.parse(tokens) else {
        Issue.record("expected a version request for \(tokens)")
        return
    }
    #expect(version == "tool 1.2.3")
}

@Test func nestedSubcommandIsReached() throws {
    let arguments = try #require(try SampleCommands.arguments(["rules", "list"]))
    #expect(arguments.commandPath == ["tool", "rules", "list"])
}

@Test(arguments: [(["--rule", "a"], "rule"), (["--limit", "3"], "limit"), (["--json"], "json")])
func exactlyOneNamesTheAlternativeGiven(tokens: [String], expected: String) throws {
    let arguments = try #require(try SampleCommands.arguments(["report", "--ledger", "/l"] + tokens))
    #expect(try arguments.exactlyOne(of: ["rule", "limit", "json"]) == expected)
}

@Test func exactlyOneRefusesTwoAlternatives() throws {
    let arguments = try #require(try SampleCommands.arguments(["report", "--ledger", "/l", "--limit", "3", "--json"]))
    let expected = UsageError(
        commandPath: ["tool", "report"], argument: "--limit", reason: .mutuallyExclusive(with: "--json"))
    #expect(throws: expected) { try arguments.exactlyOne(of: ["rule", "limit", "json"]) }
    #expect(expected.description == "option '--limit' cannot be combined with '--json'")
}

@Test func exactlyOneRefusesNoAlternative() throws {
    let arguments = try #require(try SampleCommands.arguments(["report", "--ledger", "/l"]))
    let expected = UsageError(
        commandPath: ["tool", "report"], argument: "--rule",
        reason: .missingAlternative(alternatives: ["--rule", "--limit"]))
    #expect(throws: expected) { try arguments.exactlyOne(of: ["rule", "limit"]) }
    #expect(expected.description == "missing one of '--rule', '--limit'")
}

@Test(arguments: [
    (Int.min...Int.max, "an integer"), (0...Int.max, "an integer of at least 0"), (1...5, "an integer in 1...5"),
])
func integerErrorSaysWhichIntegersAreAllowed(range: ClosedRange<Int>, expected: String) throws {
    let arguments = try #require(try SampleCommands.arguments(["report", "--ledger", "/l", "--limit", "x"]))
    let error = UsageError(commandPath: ["tool", "report"], argument: "x", reason: .invalidValue(expected: expected))
    #expect(throws: error) { try arguments.integer("limit", in: range) }
}
