/// Parses a command line against a command tree.
///
/// Accepted forms: subcommand names first (`rules list`), then in any order `--name value`,
/// `--name=value`, `-n value`, flags `--json`, repeated options where declared, positional values,
/// and `--`, after which every token is positional. `-h`/`--help` at any level asks for help;
/// `--version` asks for the root's version. A value may start with `-` only when it is a number
/// (`--from -1`) or `-` itself, or when written as `--name=-value`.
public struct CommandLineParser: Sendable {
    /// What the command line asks for.
    public enum Request: Sendable {
        /// Run the leaf command's handler with `arguments`.
        case run(Command.Handler, ParsedArguments)
        /// Print help for `command`, reached by `commandPath` (root first).
        case help(Command, commandPath: [String])
        /// Print the version.
        case version(String)
    }

    /// The root of the command tree.
    public let root: Command

    /// Creates a parser for a command tree.
    public init(root: Command) {
        self.root = root
    }

    /// The command reached by `commandPath` (root first), or nil if there is none.
    public func command(at commandPath: [String]) -> Command? {
        guard commandPath.first == root.name else { return nil }
        var command = root
        for name in commandPath.dropFirst() {
            guard let subcommand = command.subcommands.first(where: { $0.name == name }) else { return nil }
            command = subcommand
        }
        return command
    }

    /// Parses the arguments after the executable name.
    /// - Throws: `UsageError` for anything that does not match the declarations.
    public func parse(_ tokens: [String]) throws(UsageError) -> Request {
        var command = root
        var commandPath = [root.name]
        var index = 0
        while index < tokens.count, let subcommand = command.subcommands.first(where: { $0.name == tokens[index] }) {
            command = subcommand
            commandPath.append(subcommand.name)
            index += 1
        }
        let remaining = Array(tokens[index...])
        guard let handler = command.handler else {
            return try parseGroup(command, commandPath: commandPath, remaining: remaining)
        }
        var scanner = OptionScanner(command: command, commandPath: commandPath, acceptsVersion: root.version != nil)
        switch try scanner.scan(remaining) {
        case .help:
            return .help(command, commandPath: commandPath)
        case .version:
            return .version(root.version ?? "")
        case .parsed(let arguments):
            return .run(handler, arguments)
        }
    }

    private func parseGroup(
        _ command: Command, commandPath: [String], remaining: [String]
    ) throws(UsageError) -> Request {
        guard let token = remaining.first else {
            throw UsageError(commandPath: commandPath, argument: commandPath.last ?? "", reason: .missingSubcommand)
        }
        if OptionScanner.helpSpellings.contains(token) {
            return .help(command, commandPath: commandPath)
        }
        if token == OptionScanner.versionSpelling, let version = root.version {
            return .version(version)
        }
        if OptionScanner.looksLikeOption(token) {
            let known = ["--help"] + (root.version == nil ? [] : [OptionScanner.versionSpelling])
            let suggestion = EditDistance.closest(to: token, among: known)
            throw UsageError(commandPath: commandPath, argument: token, reason: .unknownOption(suggestion: suggestion))
        }
        let suggestion = EditDistance.closest(to: token, among: command.subcommands.map(\.name))
        throw UsageError(commandPath: commandPath, argument: token, reason: .unknownSubcommand(suggestion: suggestion))
    }
}
