import Testing

@Test func rootHelpPrintsOverviewToOutputAndExitsZero() throws {
    let result = try CLIProcess().run(["--help"])
    #expect(result.exitStatus == 0)
    #expect(result.output.hasPrefix("OVERVIEW: A tamper-evident, event-sourced ledger"))
    #expect(result.output.contains("USAGE: caseledger <subcommand>"))
    #expect(result.errorOutput.isEmpty)
}

@Test func versionPrintsTheVersionLine() throws {
    let result = try CLIProcess().run(["--version"])
    #expect(result.exitStatus == 0)
    #expect(result.output == "caseledger 0.1.0\n")
}

@Test(arguments: [[], ["frobnicate"], ["--frobnicate"]])
func badRootCommandLineExitsWithUsageAndPrefixedError(arguments: [String]) throws {
    let result = try CLIProcess().run(arguments)
    #expect(result.exitStatus == 64)
    #expect(result.output.isEmpty)
    #expect(result.errorOutput.hasPrefix("caseledger: error: "))
    #expect(result.errorOutput.contains("See 'caseledger --help' for more information."))
}

@Test(arguments: ["init", "append", "read", "verify", "info"])
func everyCommandHasHelpNamingTheLedgerOption(command: String) throws {
    let result = try CLIProcess().run([command, "--help"])
    #expect(result.exitStatus == 0)
    #expect(result.output.contains("USAGE: caseledger \(command) --ledger <DIR>"))
    #expect(result.output.contains("  --ledger <DIR>          The ledger directory.\n"))
}

@Test func rootHelpListsEveryImplementedCommand() throws {
    let result = try CLIProcess().run(["--help"])
    for command in ["init", "append", "read", "verify", "info"] {
        #expect(result.output.contains("\n  \(command) "))
    }
}

@Test(arguments: [
    (["read"], "caseledger read: error: missing required option '--ledger'"),
    (
        ["read", "--ledger", "x", "--fromm", "3"],
        "caseledger read: error: unknown option '--fromm' (did you mean '--from'?)"
    ),
    (
        ["read", "--ledger", "x", "--limit", "many"],
        "caseledger read: error: invalid value 'many' (expected an integer of at least 0)"
    ),
    (["verfy"], "caseledger: error: unknown subcommand 'verfy' (did you mean 'verify'?)"),
])
func usageErrorsExit64WithTheReasonOnTheFirstLine(arguments: [String], firstLine: String) throws {
    let result = try CLIProcess().run(arguments)
    #expect(result.exitStatus == 64)
    #expect(result.output.isEmpty)
    #expect(result.errorOutput.split(separator: "\n").first.map(String.init) == firstLine)
}

@Test func unwritableStandardOutputTurnsSuccessIntoAnIOError() throws {
    let process = try CLIProcess()
    let result = try process.run(["--help"], outputIsWritable: false)
    #expect(result.exitStatus == 74)
    #expect(result.errorOutput == "caseledger: error: writing to standard output failed\n")
}
