import CommandLineSupport

/// A small command tree exercising every declaration form, shared by the tests.
enum SampleCommands {
    /// A handler that prints the parsed arguments it was given, so runner tests can see them.
    static let echo: Command.Handler = { invocation in
        let arguments = invocation.arguments
        invocation.output.write("ledger=\(arguments.value("ledger") ?? "-") json=\(arguments.flag("json"))\n")
        return .success
    }

    static let report = Command(
        name: "report", summary: "Print a report for a period.",
        options: [
            .value("ledger", valueName: "DIR", help: "The ledger directory.", isRequired: true),
            .value("from", valueName: "DATE", help: "First day of the period.", defaultValue: "2014-04-01"),
            .value(
                "format", shortName: "f", valueName: "format", help: "Output format.",
                choices: ["table", "csv", "json", "html"], defaultValue: "table"),
            .value("rule", valueName: "ID", help: "A rule to include.", isRepeatable: true),
            .value("limit", shortName: "n", valueName: "N", help: "Most rows to print."),
            .flag("json", help: "Print JSON lines."),
            .flag("skip-invalid", help: "Skip invalid rows instead of stopping."),
        ],
        arguments: [ArgumentSpecification("file", help: "Input files.", isRequired: false, isVariadic: true)],
        handler: echo)

    static let list = Command(name: "list", summary: "List the rulebooks.", handler: echo2)

    static let echo2: Command.Handler = { invocation in
        invocation.output.write("listed\n")
        return .success
    }

    static let rules = Command(name: "rules", summary: "Work with rulebooks.", subcommands: [list])

    static let copy = Command(
        name: "copy", summary: "Copy one file.",
        arguments: [
            ArgumentSpecification("source", help: "The file to read."),
            ArgumentSpecification("target", help: "The file to write.", isRequired: false, defaultValue: "out.txt"),
        ],
        handler: { invocation in
            let arguments = invocation.arguments
            invocation.output.write("\(arguments.value("source") ?? "")->\(arguments.value("target") ?? "")\n")
            return .findings
        })

    static let root = Command(
        name: "tool", summary: "A sample tool.", subcommands: [report, rules, copy], version: "tool 1.2.3")

    static let parser = CommandLineParser(root: root)

    /// Parses `tokens` and returns the arguments of a run request, or nil for help or version.
    static func arguments(_ tokens: [String]) throws(UsageError) -> ParsedArguments? {
        guard case .run(_, let arguments) = try parser.parse(tokens) else { return nil }
        return arguments
    }

    /// Runs `tokens` and returns the exit code with everything written to each stream.
    static func run(_ tokens: [String], mapper: @escaping ExitCodeMapper = { _ in nil }, root: Command = root)
        -> (exitCode: ExitCode, output: String, errorOutput: String)
    {
        let output = TextBuffer()
        let errorOutput = TextBuffer()
        let exitCode = CommandRunner(root: root, mapper: mapper).run(tokens, output: output, errorOutput: errorOutput)
        return (exitCode, output.text, errorOutput.text)
    }
}
