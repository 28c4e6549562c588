import CommandLineSupport

CommandRunner(root: CaseLedgerCLI.root, mapper: CaseLedgerCLI.errorReport(for:)).main()
