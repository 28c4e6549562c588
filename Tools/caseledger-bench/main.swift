import CommandLineSupport

CommandRunner(root: BenchCommand.root, mapper: benchErrorReport(for:)).main()
