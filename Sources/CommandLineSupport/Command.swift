/// A command in a tree: either a leaf that runs, or a group that only holds subcommands.
///
/// Declared as data so help text, parsing and validation all come from one description:
///
/// ```swift
/// let read = Command(
///     name: "read", summary: "Print events in position order.",
///     options: [.value("ledger", valueName: "DIR", help: "The ledger directory.", isRequired: true)]
/// ) { invocation in
///     invocation.output.write(...)
///     return .success
/// }
/// ```
public struct Command: Sendable {
    /// Runs a parsed invocation and returns the exit code, or throws an error the runner maps.
    public typealias Handler = @Sendable (CommandInvocation) throws -> ExitCode

    /// The name typed on the command line (for the root, the executable name).
    public var name: String
    /// One line saying what the command does.
    public var summary: String
    /// Longer help printed after the summary, or nil.
    public var discussion: String?
    /// The options and flags the command accepts.
    public var options: [OptionSpecification]
    /// The positional arguments the command accepts, in order.
    public var arguments: [ArgumentSpecification]
    /// The subcommands, in the order help lists them.
    public var subcommands: [Command]
    /// The version printed by `--version`; set on the root.
    public var version: String?
    /// The code that runs the command; nil for a group.
    public var handler: Handler?

    /// Declares a command.
    ///
    /// Traps on a malformed declaration (a programming error): two options or arguments with one
    /// name, a variadic argument that is not last, a required argument after an optional one, an
    /// option named `help`, or a group (no handler) that declares options or arguments.
    public init(
        name: String, summary: String, discussion: String? = nil, options: [OptionSpecification] = [],
        arguments: [ArgumentSpecification] = [], subcommands: [Command] = [], version: String? = nil,
        handler: Handler? = nil
    ) {
        self.name = name
        self.summary = summary
        self.discussion = discussion
        self.options = options
        self.arguments = arguments
        self.subcommands = subcommands
        self.version = version
        self.handler = handler
        validateDeclaration()
    }

    /// True if the command only groups subcommands.
    public var isGroup: Bool { handler == nil }

    /// The declared option with this long name, if any.
    public func option(named name: String) -> OptionSpecification? {
        options.first { $0.name == name }
    }

    private func validateDeclaration() {
        let names = options.map(\.name) + arguments.map(\.name)
        precondition(Set(names).count == names.count, "command \(name): duplicate option or argument name")
        precondition(!names.contains("help"), "command \(name): 'help' is reserved")
        let shortNames = options.compactMap(\.shortName)
        precondition(Set(shortNames).count == shortNames.count, "command \(name): duplicate short name")
        precondition(!shortNames.contains("h"), "command \(name): '-h' is reserved")
        precondition(
            arguments.dropLast().allSatisfy { !$0.isVariadic }, "command \(name): only the last argument is variadic")
        let firstOptional = arguments.firstIndex { !$0.isRequired } ?? arguments.endIndex
        precondition(
            arguments[firstOptional...].allSatisfy { !$0.isRequired },
            "command \(name): required argument after an optional one")
        precondition(
            handler != nil || (options.isEmpty && arguments.isEmpty), "command \(name): a group takes no arguments")
    }
}

/// What a command handler receives: the parsed arguments and where to write.
public struct CommandInvocation {
    /// The parsed options, flags and positional arguments.
    public let arguments: ParsedArguments
    /// Standard output: results.
    public let output: any TextSink
    /// Standard error: warnings and progress, never results.
    public let errorOutput: any TextSink

    /// Creates an invocation.
    public init(arguments: ParsedArguments, output: any TextSink, errorOutput: any TextSink) {
        self.arguments = arguments
        self.output = output
        self.errorOutput = errorOutput
    }

    /// The command path, root first: `["caseledger", "read"]`.
    public var commandPath: [String] { arguments.commandPath }
}
