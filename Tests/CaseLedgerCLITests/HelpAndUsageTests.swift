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
