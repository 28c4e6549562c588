import Testing

@testable import CommandLineSupport

/// One refused command line: the tokens and the exact error expected.
struct RefusedLine: Sendable, CustomTestStringConvertible {
    var tokens: [String]
    var path: [String]
    var argument: String
    var reason: UsageError.Reason
    var testDescription: String { tokens.joined(separator: " ") }
}

private let reportPath = ["tool", "report"]

@Test(arguments: [
    RefusedLine(
        tokens: ["report", "--ledgr", "/l"], path: reportPath, argument: "--ledgr",
        reason: .unknownOption(suggestion: "--ledger")),
    RefusedLine(
        tokens: ["report", "--ledger", "/l", "--jsn"], path: reportPath, argument: "--jsn",
        reason: .unknownOption(suggestion: "--json")),
    RefusedLine(
        tokens: ["report", "--ledger", "/l", "--colour=red"], path: reportPath, argument: "--colour",
        reason: .unknownOption(suggestion: nil)),
    RefusedLine(
        tokens: ["report", "--ledger", "/l", "-x"], path: reportPath, argument: "-x",
        reason: .unknownOption(suggestion: nil)),
    RefusedLine(tokens: ["report", "--ledger"], path: reportPath, argument: "--ledger", reason: .missingValue),
    RefusedLine(
        tokens: ["report", "--ledger", "--json"], path: reportPath, argument: "--ledger", reason: .missingValue),
    RefusedLine(
        tokens: ["report", "--ledger", "--", "x"], path: reportPath, argument: "--ledger", reason: .missingValue),
    RefusedLine(tokens: ["report"], path: reportPath, argument: "--ledger", reason: .missingRequiredOption),
    RefusedLine(
        tokens: ["report", "--ledger", "/l", "--format", "pdf"], path: reportPath, argument: "pdf",
        reason: .invalidChoice(allowed: ["table", "csv", "json", "html"])),
    RefusedLine(
        tokens: ["report", "--ledger", "/l", "--json=yes"], path: reportPath, argument: "--json",
        reason: .unexpectedValue),
    RefusedLine(
        tokens: ["report", "--ledger", "/a", "--ledger", "/b"], path: reportPath, argument: "--ledger",
        reason: .duplicateOption),
    RefusedLine(
        tokens: ["copy", "a", "b", "c"], path: ["tool", "copy"], argument: "c", reason: .unexpectedArgument),
    RefusedLine(tokens: ["copy"], path: ["tool", "copy"], argument: "<source>", reason: .missingRequiredArgument),
    RefusedLine(tokens: [], path: ["tool"], argument: "tool", reason: .missingSubcommand),
    RefusedLine(tokens: ["rules"], path: ["tool", "rules"], argument: "rules", reason: .missingSubcommand),
    RefusedLine(
        tokens: ["rport"], path: ["tool"], argument: "rport", reason: .unknownSubcommand(suggestion: "report")),
    RefusedLine(
        tokens: ["rules", "lst"], path: ["tool", "rules"], argument: "lst",
        reason: .unknownSubcommand(suggestion: "list")),
    RefusedLine(
        tokens: ["frobnicate"], path: ["tool"], argument: "frobnicate", reason: .unknownSubcommand(suggestion: nil)),
    RefusedLine(
        tokens: ["--verison"], path: ["tool"], argument: "--verison", reason: .unknownOption(suggestion: "--version")),
])
func refusedCommandLineNamesPathArgumentAndReason(line: RefusedLine) {
    let expected = UsageError(commandPath: line.path, argument: line.argument, reason: line.reason)
    #expect(throws: expected) { try SampleCommands.parser.parse(line.tokens) }
}

@Test(arguments: [
    (UsageError.Reason.unknownOption(suggestion: "--ledger"), "unknown option '--ledgr' (did you mean '--ledger'?)"),
    (.unknownOption(suggestion: nil), "unknown option '--ledgr'"),
    (.unknownSubcommand(suggestion: "read"), "unknown subcommand '--ledgr' (did you mean 'read'?)"),
    (.missingValue, "missing value for '--ledgr'"),
    (.invalidChoice(allowed: ["a", "b"]), "invalid value '--ledgr' (allowed: a, b)"),
    (.invalidValue(expected: "an integer"), "invalid value '--ledgr' (expected an integer)"),
    (.duplicateOption, "option '--ledgr' given more than once"),
])
func usageErrorDescriptionSaysWhatAndOffersTheSuggestion(reason: UsageError.Reason, expected: String) {
    #expect(UsageError(commandPath: ["tool"], argument: "--ledgr", reason: reason).description == expected)
}

@Test func longArgumentIsCutInTheMessageSoPayloadsAreNotEchoed() {
    let payload = String(repeating: "x", count: UsageError.argumentEchoCharacterCountMax + 1)
    let error = UsageError(commandPath: ["tool"], argument: payload, reason: .unexpectedArgument)
    let kept = String(repeating: "x", count: UsageError.argumentEchoCharacterCountMax)
    #expect(error.description == "unexpected argument '\(kept)...'")
}

@Test(arguments: [("ledger", "ledger", 0), ("ledgr", "ledger", 1), ("", "abc", 3), ("kitten", "sitting", 3)])
func editDistanceCountsSingleCharacterEdits(source: String, target: String, expected: Int) {
    #expect(EditDistance.distance(source, target) == expected)
}
