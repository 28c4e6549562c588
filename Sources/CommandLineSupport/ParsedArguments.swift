/// The values of one parsed command line, read by name.
///
/// Options and positional arguments share one namespace (a command declares each name once).
/// Reading a name the command does not declare is a programming error and traps, so a typo in a
/// handler fails the first test that reaches it instead of silently reading nothing.
public struct ParsedArguments: Sendable, Equatable {
    /// The command path, root first: `["caseledger", "read"]`.
    public let commandPath: [String]
    private let declaredNames: Set<String>
    private let valuesByName: [String: [String]]
    private let flagsGiven: Set<String>

    /// Creates parsed arguments; the parser is the usual producer.
    /// - Parameters:
    ///   - commandPath: The command path, root first.
    ///   - declaredNames: Every option, flag and argument name the command declares.
    ///   - valuesByName: The values given (or defaulted) per option or argument name, in order.
    ///   - flagsGiven: The flags that were given.
    public init(
        commandPath: [String], declaredNames: Set<String>, valuesByName: [String: [String]], flagsGiven: Set<String>
    ) {
        self.commandPath = commandPath
        self.declaredNames = declaredNames
        self.valuesByName = valuesByName
        self.flagsGiven = flagsGiven
    }

    /// True if the flag was given.
    public func flag(_ name: String) -> Bool {
        checkDeclared(name)
        return flagsGiven.contains(name)
    }

    /// The value of an option or argument (the default if absent and declared with one), or nil.
    public func value(_ name: String) -> String? {
        values(name).last
    }

    /// Every value of a repeatable option or a variadic argument, in command-line order.
    public func values(_ name: String) -> [String] {
        checkDeclared(name)
        return valuesByName[name] ?? []
    }

    /// The value read as a decimal integer within `range`, or nil if absent.
    /// - Throws: `UsageError` with `.invalidValue` if it is not an integer in `range`.
    public func integer(_ name: String, in range: ClosedRange<Int> = Int.min...Int.max) throws(UsageError) -> Int? {
        try value(name, expected: Self.integerDescription(range)) { text in
            Int(text).flatMap { range.contains($0) ? $0 : nil }
        }
    }

    /// "an integer", "an integer of at least 0" or "an integer in 1...10".
    private static func integerDescription(_ range: ClosedRange<Int>) -> String {
        switch (range.lowerBound, range.upperBound) {
        case (Int.min, Int.max): "an integer"
        case (let lower, Int.max): "an integer of at least \(lower)"
        case (let lower, let upper): "an integer in \(lower)...\(upper)"
        }
    }

    /// The value converted by `convert`, or nil if absent.
    /// - Parameters:
    ///   - name: The option or argument name.
    ///   - expected: What a valid value looks like, for the error (`"a date YYYY-MM-DD"`).
    ///   - convert: Returns nil for a value it cannot read.
    /// - Throws: `UsageError` with `.invalidValue` if `convert` returns nil.
    public func value<Value>(
        _ name: String, expected: String, convert: (String) -> Value?
    ) throws(UsageError) -> Value? {
        guard let text = value(name) else { return nil }
        guard let converted = convert(text) else {
            throw UsageError(commandPath: commandPath, argument: text, reason: .invalidValue(expected: expected))
        }
        return converted
    }

    /// The name of the one option of `names` that was given, for options (without defaults) that exclude
    /// each other.
    /// - Throws: `UsageError` with `.mutuallyExclusive` if two were given, or `.missingAlternative`
    ///   if none was.
    public func exactlyOne(of names: [String]) throws(UsageError) -> String {
        let given = names.filter { !values($0).isEmpty || flagsGiven.contains($0) }
        guard given.count <= 1 else {
            throw UsageError(
                commandPath: commandPath, argument: "--" + given[0], reason: .mutuallyExclusive(with: "--" + given[1]))
        }
        guard let name = given.first else {
            throw UsageError(
                commandPath: commandPath, argument: "--" + names[0],
                reason: .missingAlternative(alternatives: names.map { "--" + $0 }))
        }
        return name
    }

    private func checkDeclared(_ name: String) {
        precondition(declaredNames.contains(name), "command \(commandPath.joined(separator: " ")): no '\(name)'")
    }
}
