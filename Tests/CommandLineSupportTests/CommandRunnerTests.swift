import CommandLineSupport
import Testing

@Test func successfulRunPrintsResultsOnlyToOutput() {
    let result = SampleCommands.run(["report", "--ledger", "/l", "--json"])
    #expect(result.exitCode == .success)
    #expect(result.output == "ledger=/l json=true\n")
    #expect(result.errorOutput.isEmpty)
}

@Test func handlerChoosesItsExitCode() {
    let result = SampleCommands.run(["copy", "a"])
    #expect(result.exitCode == .findings)
    #expect(result.output == "a->out.txt\n")
}

@Test func usageErrorPrintsPrefixedErrorUsageAndHintToErrorOutput() {
    let result = SampleCommands.run(["report", "--ledgr", "/l"])
    #expect(result.exitCode == .usage)
    #expect(result.output.isEmpty)
    let expected = """
        tool report: error: unknown option '--ledgr' (did you mean '--ledger'?)
        Usage: tool report --ledger <DIR> [--from <DATE>] [--format <format>] [--rule <ID> ...] [--limit <N>] [--json] [--skip-invalid] [<file> ...]
          See 'tool report --help' for more information.

        """
    #expect(result.errorOutput == expected)
}

@Test func helpGoesToOutputWithExitZero() {
    let result = SampleCommands.run(["rules", "--help"])
    #expect(result.exitCode == .success)
    #expect(result.output.hasPrefix("OVERVIEW: Work with rulebooks.\n"))
    #expect(result.errorOutput.isEmpty)
}

@Test func versionGoesToOutputWithExitZero() {
    let result = SampleCommands.run(["--version"])
    #expect(result == (.success, "tool 1.2.3\n", ""))
}

private struct StoreLocked: Error, CustomStringConvertible {
    var description: String { "ledger /l is locked by another writer" }
}

private func failing(_ error: any Error) -> Command {
    Command(
        name: "tool", summary: "Fails.",
        subcommands: [Command(name: "write", summary: "Fails.", handler: { _ in throw error })])
}

@Test func thrownErrorIsPrintedWithCommandPathAndMappedToItsExitCode() {
    let mapper: ExitCodeMapper = { $0 is StoreLocked ? ErrorReport(.temporaryFailure, "\($0)") : nil }
    let result = SampleCommands.run(["write"], mapper: mapper, root: failing(StoreLocked()))
    #expect(result.exitCode == .temporaryFailure)
    #expect(result.output.isEmpty)
    #expect(result.errorOutput == "tool write: error: ledger /l is locked by another writer\n")
}

@Test func unmappedErrorIsReportedAsInternalWithItsTypeName() {
    let result = SampleCommands.run(["write"], root: failing(StoreLocked()))
    #expect(result.exitCode == .software)
    #expect(
        result.errorOutput == "tool write: error: internal error (StoreLocked): ledger /l is locked by another writer\n"
    )
}

@Test func usageErrorThrownByAHandlerIsReportedAsUsage() {
    let error = UsageError(commandPath: ["tool", "write"], argument: "7", reason: .invalidValue(expected: "a date"))
    let result = SampleCommands.run(["write"], root: failing(error))
    #expect(result.exitCode == .usage)
    #expect(result.errorOutput.hasPrefix("tool write: error: invalid value '7' (expected a date)\nUsage: tool write\n"))
}
