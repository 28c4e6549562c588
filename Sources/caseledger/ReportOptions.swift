import CommandLineSupport
import EventStore
import LedgerCalendar
import Projections
import Reports
import Rulebooks

/// The report options of `caseledger compliance`, and their validation into `ComplianceParameters`.
enum ReportOptions {
    static let from = OptionSpecification.value(
        "from", valueName: "DATE", help: "First clock-start date counted (YYYY-MM-DD).", isRequired: true)
    static let to = OptionSpecification.value(
        "to", valueName: "DATE", help: "Last clock-start date counted (YYYY-MM-DD).", isRequired: true)
    static let asOf = OptionSpecification.value(
        "as-of", valueName: "DATE", help: "Judge open clocks as of DATE (default: --to).")
    static let rulebook = OptionSpecification.value(
        "rulebook", valueName: "NAME", help: "Only clocks measured under this rulebook (e.g. wt2013).",
        choices: RulebookSet.shipped.books.map(\.name))
    static let authority = OptionSpecification.value(
        "authority", valueName: "NAME", help: "Apply this local authority's rulebooks too (e.g. Oldham).")
    static let team = OptionSpecification.value(
        "team", valueName: "T", help: "Only clocks whose child was allocated to team T at the clock start.")
    static let setting = OptionSpecification.value(
        "setting", valueName: "ID=VALUE",
        help: "Override a rulebook setting, e.g. dayCount=inclusive or 'wt2010.initialAssessmentLimit=10 workingDays'.",
        isRepeatable: true)
    static let generatedAt = OptionSpecification.value(
        "generated-at", valueName: "INSTANT",
        help: "Generation time printed in the report (default: the last record's ledger time).")

    /// The validated options, before the generation time is known.
    struct Request {
        var from: CivilDate
        var to: CivilDate
        var asOf: CivilDate
        var rulebookName: String?
        var team: String?
        var authority: String?
        var settings: RuleSettings
        var generatedAt: String?

        /// The report parameters, stamped with `generatedAt`.
        func parameters(generatedAt: String) -> ComplianceParameters {
            ComplianceParameters(
                from: from, to: to, asOf: asOf, rulebookName: rulebookName, team: team, authority: authority,
                settings: settings, generatedAt: generatedAt)
        }
    }

    /// Reads and checks the options: dates must be valid, `--from` not after `--to`, `--generated-at`
    /// an RFC 3339 instant, and every `--setting` a setting the shipped rulebooks define with a value of its kind.
    /// - Throws: `UsageError` (exit 64) naming the value and what was expected.
    static func request(of invocation: CommandInvocation) throws -> Request {
        let arguments = invocation.arguments
        let expected = "a date YYYY-MM-DD"
        let fromDate = try arguments.value(from.name, expected: expected) { CivilDate(iso8601: $0) }!
        let toDate = try arguments.value(to.name, expected: expected) { CivilDate(iso8601: $0) }!
        guard fromDate <= toDate else {
            throw UsageError(
                commandPath: arguments.commandPath, argument: toDate.description,
                reason: .invalidValue(expected: "a --to date on or after --from \(fromDate)"))
        }
        let asOfDate = try arguments.value(asOf.name, expected: expected) { CivilDate(iso8601: $0) } ?? toDate
        guard fromDate <= asOfDate else {
            throw UsageError(
                commandPath: arguments.commandPath, argument: asOfDate.description,
                reason: .invalidValue(
                    expected: "an --as-of date on or after --from \(fromDate) (no clock can be judged before it starts)"
                ))
        }
        let authorities = Set(RulebookSet.shipped.books.compactMap(\.authority)).sorted()
        if let name = arguments.value(authority.name), !authorities.contains(name) {
            throw UsageError(
                commandPath: arguments.commandPath, argument: name,
                reason: .invalidValue(expected: "an authority with rulebooks: " + authorities.joined(separator: ", ")))
        }
        let stamp = try arguments.value(generatedAt.name, expected: "an instant such as 2013-06-10T18:00:00Z") {
            isInstant($0) ? $0 : nil
        }
        let settings: RuleSettings
        do {
            settings = try RulebookSet.shipped.settings(parsing: arguments.values(setting.name))
        } catch {
            throw UsageError(
                commandPath: arguments.commandPath, argument: error.path, reason: .invalidValue(expected: error.reason))
        }
        return Request(
            from: fromDate, to: toDate, asOf: asOfDate, rulebookName: arguments.value(rulebook.name),
            team: arguments.value(team.name), authority: arguments.value(authority.name), settings: settings,
            generatedAt: stamp)
    }

    /// Refuses a `--team` that no child of `state` was ever allocated to (a typo would give an empty report).
    /// - Throws: `UsageError` (exit 64) listing the known teams.
    static func checkTeam(_ request: Request, in state: ProjectionState, commandPath: [String]) throws(UsageError) {
        guard let team = request.team else { return }
        let known = state.allocatedTeamIds.union([ComplianceReport.unallocated])
        guard !known.contains(team) else { return }
        let listed = known.sorted().prefix(teamsListedMax).joined(separator: ", ")
        throw UsageError(
            commandPath: commandPath, argument: team,
            reason: .invalidValue(
                expected: "a team a child was allocated to: \(listed)\(known.count > teamsListedMax ? ", …" : "")"))
    }

    /// Teams named in the message of an unknown `--team`.
    static let teamsListedMax = 40

    /// The ledger time of the record at `position`, RFC 3339 with nanoseconds, or `none` without a position
    /// (an empty ledger, or no event folded).
    static func ledgerTime(ofRecordAt position: UInt64?, in store: EventStore) throws -> String {
        try position.map {
            LedgerTimestamp.text(nanosecondsSinceEpoch: try store.record(at: $0).ledgerTimestampNanoseconds)
        } ?? "none"
    }

    /// Whether `text` is an RFC 3339 instant; a fraction of a second (up to nine digits) is allowed.
    static func isInstant(_ text: String) -> Bool {
        guard let dot = text.firstIndex(of: "."), text.distance(from: text.startIndex, to: dot) == 19 else {
            return Instant(iso8601: text) != nil
        }
        let fraction = text[text.index(after: dot)...].prefix { $0.isASCII && $0.isNumber }
        guard (1...9).contains(fraction.count) else { return false }
        return Instant(iso8601: text[..<dot] + text[fraction.endIndex...]) != nil
    }
}
