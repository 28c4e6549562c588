/// The declaration of one option or flag: `--ledger <DIR>`, `--format <format>`, `--json`.
public struct OptionSpecification: Sendable, Equatable {
    /// The long name without dashes: `"ledger"` for `--ledger`.
    public var name: String
    /// An optional one-letter name: `"n"` for `-n`.
    public var shortName: Character?
    /// One line of help.
    public var help: String
    /// True for a flag (no value); false for an option that takes a value.
    public var isFlag: Bool
    /// The placeholder shown in help: `DIR` in `--ledger <DIR>`.
    public var valueName: String
    /// The allowed values; empty means any value.
    public var choices: [String]
    /// The value used when the option is absent.
    public var defaultValue: String?
    /// True if the option must be given.
    public var isRequired: Bool
    /// True if the option may be given more than once; every value is kept.
    public var isRepeatable: Bool

    /// The spelling shown to users: `--ledger`.
    public var longSpelling: String { "--" + name }

    /// Declares a flag, false unless given.
    /// - Parameters:
    ///   - name: The long name without dashes.
    ///   - shortName: An optional one-letter name.
    ///   - help: One line of help.
    public static func flag(_ name: String, shortName: Character? = nil, help: String) -> Self {
        Self(
            name: name, shortName: shortName, help: help, isFlag: true, valueName: "", choices: [],
            defaultValue: nil, isRequired: false, isRepeatable: false)
    }

    /// Declares an option that takes a value.
    /// - Parameters:
    ///   - name: The long name without dashes.
    ///   - shortName: An optional one-letter name.
    ///   - valueName: The placeholder in help (`DIR`).
    ///   - help: One line of help.
    ///   - choices: The allowed values; empty for any value.
    ///   - defaultValue: The value when absent. Traps if not among non-empty `choices`, or if `isRequired`.
    ///   - isRequired: True if the option must be given.
    ///   - isRepeatable: True if the option may be repeated.
    public static func value(
        _ name: String, shortName: Character? = nil, valueName: String, help: String, choices: [String] = [],
        defaultValue: String? = nil, isRequired: Bool = false, isRepeatable: Bool = false
    ) -> Self {
        precondition(!(isRequired && defaultValue != nil), "option --\(name): required with a default")
        precondition(
            choices.isEmpty || defaultValue.map(choices.contains) ?? true, "option --\(name): default not a choice")
        return Self(
            name: name, shortName: shortName, help: help, isFlag: false, valueName: valueName, choices: choices,
            defaultValue: defaultValue, isRequired: isRequired, isRepeatable: isRepeatable)
    }
}

/// The declaration of one positional argument: `<file>`, `[<position>]`, `<file>...`.
public struct ArgumentSpecification: Sendable, Equatable {
    /// The name shown in help and used to read the value.
    public var name: String
    /// One line of help.
    public var help: String
    /// True if the argument must be given (for a variadic one: at least one value).
    public var isRequired: Bool
    /// True if the argument takes every remaining positional value. Only the last may be variadic.
    public var isVariadic: Bool
    /// The value used when the argument is absent.
    public var defaultValue: String?

    /// Declares a positional argument.
    /// - Parameters:
    ///   - name: The name shown in help and used to read the value.
    ///   - help: One line of help.
    ///   - isRequired: True if it must be given. Traps if combined with `defaultValue`.
    ///   - isVariadic: True if it takes every remaining positional value.
    ///   - defaultValue: The value used when absent.
    public init(
        _ name: String, help: String, isRequired: Bool = true, isVariadic: Bool = false, defaultValue: String? = nil
    ) {
        precondition(!(isRequired && defaultValue != nil), "argument <\(name)>: required with a default")
        self.name = name
        self.help = help
        self.isRequired = isRequired
        self.isVariadic = isVariadic
        self.defaultValue = defaultValue
    }
}
