/// Scans the tokens after a leaf command's name into `ParsedArguments`.
struct OptionScanner {
    /// What the tokens ask for.
    enum Outcome {
        case help
        case version
        case parsed(ParsedArguments)
    }

    static let helpSpellings: Set<String> = ["-h", "--help"]
    static let versionSpelling = "--version"
    static let terminator = "--"

    private let command: Command
    private let commandPath: [String]
    private let acceptsVersion: Bool
    private var valuesByName: [String: [String]] = [:]
    private var flagsGiven: Set<String> = []
    private var positionalValues: [String] = []

    init(command: Command, commandPath: [String], acceptsVersion: Bool) {
        self.command = command
        self.commandPath = commandPath
        self.acceptsVersion = acceptsVersion && command.option(named: "version") == nil
    }

    /// True for a token that is an option rather than a value: `-x`, `--name`, but not `-`, `-1`, `-2.5`.
    static func looksLikeOption(_ token: String) -> Bool {
        guard token.hasPrefix("-"), token != "-" else { return false }
        return Double(token) == nil
    }

    mutating func scan(_ tokens: [String]) throws(UsageError) -> Outcome {
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            index += 1
            if token == Self.terminator {
                positionalValues.append(contentsOf: tokens[index...])
                break
            }
            if Self.helpSpellings.contains(token) { return .help }
            if acceptsVersion && token == Self.versionSpelling { return .version }
            guard Self.looksLikeOption(token) else {
                positionalValues.append(token)
                continue
            }
            let (option, inlineValue) = try resolve(token)
            if option.isFlag {
                guard inlineValue == nil else { throw error(option.longSpelling, .unexpectedValue) }
                flagsGiven.insert(option.name)
                continue
            }
            if let inlineValue {
                try record(inlineValue, for: option)
            } else {
                try record(nextValue(after: option, in: tokens, at: &index), for: option)
            }
        }
        try applyOptionDefaults()
        try assignPositionals()
        let declaredNames = Set(command.options.map(\.name) + command.arguments.map(\.name))
        return .parsed(
            ParsedArguments(
                commandPath: commandPath, declaredNames: declaredNames, valuesByName: valuesByName,
                flagsGiven: flagsGiven))
    }

    /// The declared option a token names, and its `=value` part if any.
    private func resolve(_ token: String) throws(UsageError) -> (OptionSpecification, String?) {
        if token.hasPrefix("--") {
            let body = token.dropFirst(2)
            let name = body.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)[0]
            let inlineValue = body.count > name.count ? String(body.dropFirst(name.count + 1)) : nil
            if let option = command.option(named: String(name)) { return (option, inlineValue) }
            throw unknownOption("--" + name)
        }
        if token.count == 2, let option = command.options.first(where: { $0.shortName == token.last }) {
            return (option, nil)
        }
        throw unknownOption(token)
    }

    private func unknownOption(_ spelling: String) -> UsageError {
        let known = command.options.map(\.longSpelling) + ["--help"] + (acceptsVersion ? [Self.versionSpelling] : [])
        return error(spelling, .unknownOption(suggestion: EditDistance.closest(to: spelling, among: known)))
    }

    private func nextValue(
        after option: OptionSpecification, in tokens: [String], at index: inout Int
    ) throws(UsageError) -> String {
        guard index < tokens.count, !Self.looksLikeOption(tokens[index]), tokens[index] != Self.terminator else {
            throw error(option.longSpelling, .missingValue)
        }
        index += 1
        return tokens[index - 1]
    }

    private mutating func record(_ value: String, for option: OptionSpecification) throws(UsageError) {
        guard option.isRepeatable || valuesByName[option.name] == nil else {
            throw error(option.longSpelling, .duplicateOption)
        }
        guard option.choices.isEmpty || option.choices.contains(value) else {
            throw error(value, .invalidChoice(allowed: option.choices))
        }
        valuesByName[option.name, default: []].append(value)
    }

    private mutating func applyOptionDefaults() throws(UsageError) {
        for option in command.options where !option.isFlag && valuesByName[option.name] == nil {
            if option.isRequired { throw error(option.longSpelling, .missingRequiredOption) }
            if let defaultValue = option.defaultValue { valuesByName[option.name] = [defaultValue] }
        }
    }

    private mutating func assignPositionals() throws(UsageError) {
        var remaining = positionalValues[...]
        for argument in command.arguments {
            let taken = argument.isVariadic ? Array(remaining) : Array(remaining.prefix(1))
            remaining = remaining.dropFirst(taken.count)
            if !taken.isEmpty {
                valuesByName[argument.name] = taken
            } else if argument.isRequired {
                throw error("<\(argument.name)>", .missingRequiredArgument)
            } else if let defaultValue = argument.defaultValue {
                valuesByName[argument.name] = [defaultValue]
            }
        }
        if let extra = remaining.first { throw error(extra, .unexpectedArgument) }
    }

    private func error(_ argument: String, _ reason: UsageError.Reason) -> UsageError {
        UsageError(commandPath: commandPath, argument: argument, reason: reason)
    }
}
