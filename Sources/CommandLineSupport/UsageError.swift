/// A command line that does not match the command's declaration. Always exit code 64 (`usage`).
///
/// Carries the command path (`["caseledger", "read"]`), the offending argument as typed, and the
/// reason. Two usage errors are equal when all three are equal, which keeps tests exact.
public struct UsageError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Why the command line was refused.
    public enum Reason: Sendable, Equatable {
        /// An option the command does not declare; `suggestion` is the closest declared one.
        case unknownOption(suggestion: String?)
        /// A subcommand the command does not have; `suggestion` is the closest one.
        case unknownSubcommand(suggestion: String?)
        /// A command that only groups subcommands was given none.
        case missingSubcommand
        /// An option that takes a value was last on the line or followed by another option.
        case missingValue
        /// A flag was given a value with `--flag=value`.
        case unexpectedValue
        /// A required option was not given.
        case missingRequiredOption
        /// A required positional argument was not given.
        case missingRequiredArgument
        /// The value is not one of the allowed choices.
        case invalidChoice(allowed: [String])
        /// The value could not be read as the expected kind (`"an integer"`, `"a date YYYY-MM-DD"`).
        case invalidValue(expected: String)
        /// A non-repeatable option was given more than once.
        case duplicateOption
        /// A positional argument beyond those the command declares.
        case unexpectedArgument
        /// Two options that exclude each other were both given; `other` is the second one.
        case mutuallyExclusive(with: String)
        /// None of a set of alternative options, one of which is required, was given.
        case missingAlternative(alternatives: [String])
    }

    /// The command path, root first: `["caseledger", "read"]`.
    public var commandPath: [String]
    /// The offending argument as typed (`"--ledgr"`), or the option it concerns (`"--ledger"`).
    public var argument: String
    /// Why it was refused.
    public var reason: Reason

    /// Creates a usage error.
    public init(commandPath: [String], argument: String, reason: Reason) {
        self.commandPath = commandPath
        self.argument = argument
        self.reason = reason
    }

    /// Longest echo of a user-typed argument; longer ones are cut so a stray payload is not printed.
    public static let argumentEchoCharacterCountMax = 48

    /// One line, without the command prefix: `unknown option '--ledgr' (did you mean '--ledger'?)`.
    public var description: String {
        let quoted = "'\(Self.shortened(argument))'"
        switch reason {
        case .unknownOption(let suggestion):
            return "unknown option \(quoted)" + Self.hint(suggestion)
        case .unknownSubcommand(let suggestion):
            return "unknown subcommand \(quoted)" + Self.hint(suggestion)
        case .missingSubcommand:
            return "missing subcommand"
        case .missingValue:
            return "missing value for \(quoted)"
        case .unexpectedValue:
            return "flag \(quoted) does not take a value"
        case .missingRequiredOption:
            return "missing required option \(quoted)"
        case .missingRequiredArgument:
            return "missing required argument \(quoted)"
        case .invalidChoice(let allowed):
            return "invalid value \(quoted) (allowed: \(allowed.joined(separator: ", ")))"
        case .invalidValue(let expected):
            return "invalid value \(quoted) (expected \(expected))"
        case .duplicateOption:
            return "option \(quoted) given more than once"
        case .unexpectedArgument:
            return "unexpected argument \(quoted)"
        case .mutuallyExclusive(let other):
            return "option \(quoted) cannot be combined with '\(other)'"
        case .missingAlternative(let alternatives):
            return "missing one of " + alternatives.map { "'\($0)'" }.joined(separator: ", ")
        }
    }

    private static func hint(_ suggestion: String?) -> String {
        suggestion.map { " (did you mean '\($0)'?)" } ?? ""
    }

    private static func shortened(_ text: String) -> String {
        guard text.count > argumentEchoCharacterCountMax else { return text }
        return String(text.prefix(argumentEchoCharacterCountMax)) + "..."
    }
}
