/// Formats help and usage text from a command's declaration.
public enum HelpFormatter {
    /// Help lines are wrapped to at most this many columns.
    public static let lineWidthColumnsMax = 100
    /// The column at which the help of each option, argument and subcommand starts.
    public static let helpColumnIndex = 26

    /// The full help text: overview, usage, arguments, options and subcommands, ending in a newline.
    /// - Parameters:
    ///   - command: The command to describe.
    ///   - commandPath: How it is reached, root first (`["caseledger", "read"]`).
    ///   - version: The root's version, if any; adds a `--version` entry.
    public static func help(for command: Command, commandPath: [String], version: String? = nil) -> String {
        var sections = ["OVERVIEW: " + command.summary]
        if let discussion = command.discussion { sections.append(wrapped(discussion, indent: 0)) }
        sections.append("USAGE: " + usage(for: command, commandPath: commandPath))
        if !command.arguments.isEmpty {
            sections.append(section("ARGUMENTS", command.arguments.map(argumentEntry)))
        }
        var optionEntries = command.options.map(optionEntry)
        if version != nil && command.option(named: "version") == nil {
            optionEntries.append(entry("--version", "Show the version."))
        }
        optionEntries.append(entry("-h, --help", "Show help information."))
        sections.append(section("OPTIONS", optionEntries))
        if !command.subcommands.isEmpty {
            sections.append(section("SUBCOMMANDS", command.subcommands.map { entry($0.name, $0.summary) }))
            let path = commandPath.joined(separator: " ")
            sections.append("  See '\(path) <subcommand> --help' for detailed help.")
        }
        return sections.joined(separator: "\n\n") + "\n"
    }

    /// The usage line without the `USAGE:` prefix: `caseledger read --ledger <DIR> [--json]`.
    public static func usage(for command: Command, commandPath: [String]) -> String {
        var parts = commandPath
        if command.isGroup {
            parts.append("<subcommand>")
        }
        parts += command.options.map(usagePart)
        parts += command.arguments.map(usagePart)
        return parts.joined(separator: " ")
    }

    private static func usagePart(_ option: OptionSpecification) -> String {
        if option.isFlag { return "[\(option.longSpelling)]" }
        let repeated = option.isRepeatable ? " ..." : ""
        let core = "\(option.longSpelling) <\(option.valueName)>\(repeated)"
        return option.isRequired ? core : "[\(core)]"
    }

    private static func usagePart(_ argument: ArgumentSpecification) -> String {
        let core = "<\(argument.name)>" + (argument.isVariadic ? " ..." : "")
        return argument.isRequired ? core : "[\(core)]"
    }

    private static func optionEntry(_ option: OptionSpecification) -> String {
        let short = option.shortName.map { "-\($0), " } ?? ""
        let value = option.isFlag ? "" : " <\(option.valueName)>"
        var notes: [String] = []
        if !option.choices.isEmpty { notes.append("values: " + option.choices.joined(separator: ", ")) }
        if let defaultValue = option.defaultValue { notes.append("default: " + defaultValue) }
        if option.isRepeatable { notes.append("repeatable") }
        return entry(short + option.longSpelling + value, option.help + annotation(notes))
    }

    private static func argumentEntry(_ argument: ArgumentSpecification) -> String {
        let notes = argument.defaultValue.map { ["default: " + $0] } ?? []
        return entry("<\(argument.name)>" + (argument.isVariadic ? " ..." : ""), argument.help + annotation(notes))
    }

    private static func annotation(_ notes: [String]) -> String {
        notes.isEmpty ? "" : " (" + notes.joined(separator: "; ") + ")"
    }

    private static func section(_ title: String, _ entries: [String]) -> String {
        title + ":\n" + entries.joined(separator: "\n")
    }

    /// One entry: the label indented by two, the help from `helpColumnIndex` (on the next line if the
    /// label is too long), wrapped.
    private static func entry(_ label: String, _ help: String) -> String {
        let indentedLabel = "  " + label
        let body = wrapped(help, indent: helpColumnIndex)
        let bodyText = body.dropFirst(helpColumnIndex)
        if indentedLabel.count < helpColumnIndex {
            let padding = String(repeating: " ", count: helpColumnIndex - indentedLabel.count)
            return indentedLabel + padding + bodyText
        }
        return indentedLabel + "\n" + body
    }

    /// `text` split into lines of at most `lineWidthColumnsMax` columns, each indented by `indent`.
    private static func wrapped(_ text: String, indent: Int) -> String {
        let margin = String(repeating: " ", count: indent)
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            if !line.isEmpty && indent + line.count + 1 + word.count > lineWidthColumnsMax {
                lines.append(margin + line)
                line = ""
            }
            line += (line.isEmpty ? "" : " ") + word
        }
        lines.append(margin + line)
        return lines.joined(separator: "\n")
    }
}
