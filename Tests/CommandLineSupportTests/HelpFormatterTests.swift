import CommandLineSupport
import Testing

@Test func leafHelpListsUsageArgumentsOptionsChoicesAndDefaults() {
    let expected = """
        OVERVIEW: Print a report for a period.

        USAGE: tool report --ledger <DIR> [--from <DATE>] [--format <format>] [--rule <ID> ...] [--limit <N>] [--json] [--skip-invalid] [<file> ...]

        ARGUMENTS:
          <file> ...              Input files.

        OPTIONS:
          --ledger <DIR>          The ledger directory.
          --from <DATE>           First day of the period. (default: 2014-04-01)
          -f, --format <format>   Output format. (values: table, csv, json, html; default: table)
          --rule <ID>             A rule to include. (repeatable)
          -n, --limit <N>         Most rows to print.
          --json                  Print JSON lines.
          --skip-invalid          Skip invalid rows instead of stopping.
          --version               Show the version.
          -h, --help              Show help information.

        """
    let help = HelpFormatter.help(for: SampleCommands.report, commandPath: ["tool", "report"], version: "1")
    #expect(help == expected)
}

@Test func groupHelpListsSubcommandsAndHowToGetMore() {
    let expected = """
        OVERVIEW: A sample tool.

        USAGE: tool <subcommand>

        OPTIONS:
          --version               Show the version.
          -h, --help              Show help information.

        SUBCOMMANDS:
          report                  Print a report for a period.
          rules                   Work with rulebooks.
          copy                    Copy one file.

          See 'tool <subcommand> --help' for detailed help.

        """
    #expect(HelpFormatter.help(for: SampleCommands.root, commandPath: ["tool"], version: "1") == expected)
}

@Test func positionalUsageShowsRequiredAndOptionalArguments() {
    let usage = HelpFormatter.usage(for: SampleCommands.copy, commandPath: ["tool", "copy"])
    #expect(usage == "tool copy <source> [<target>]")
}

@Test func longHelpWrapsAtTheLineWidthAndKeepsTheHelpColumn() {
    let words = Array(repeating: "word", count: 40).joined(separator: " ")
    let command = Command(
        name: "wrap", summary: "Wraps.", options: [.flag("long", help: words)], handler: { _ in .success })
    let help = HelpFormatter.help(for: command, commandPath: ["wrap"])
    let optionLines = help.split(separator: "\n").filter { $0.hasSuffix("word") }
    #expect(optionLines.count > 1)
    #expect(optionLines.allSatisfy { $0.count <= HelpFormatter.lineWidthColumnsMax })
    #expect(optionLines.dropFirst().allSatisfy { $0.prefix(HelpFormatter.helpColumnIndex).allSatisfy(\.isWhitespace) })
}

@Test func labelWiderThanTheColumnPutsItsHelpOnTheNextLine() {
    let command = Command(
        name: "wide", summary: "Wide.",
        options: [.value("expected-stream-version", valueName: "VERSION", help: "Version.")],
        handler: { _ in .success })
    let help = HelpFormatter.help(for: command, commandPath: ["wide"])
    let column = String(repeating: " ", count: HelpFormatter.helpColumnIndex)
    #expect(help.contains("  --expected-stream-version <VERSION>\n\(column)Version.\n"))
}
