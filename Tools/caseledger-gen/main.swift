import CommandLineSupport

CommandRunner(root: GeneratorCommand.root, mapper: GeneratorCommand.errorReport(for:)).main()
