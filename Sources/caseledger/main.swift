import CommandLineSupport

CommandRunner(root: CaseLedgerCLI.root, mapper: CaseLedgerCLI.exitCode(for:)).main()
