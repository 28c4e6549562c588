import CommandLineSupport
import LedgerCalendar
import Reports

/// The options `caseledger chronology` and `chronology diff` share, and reading them (docs/time.md).
enum ChronologyOptions {
    static let child = ArgumentSpecification("CHILD", help: "The child's id (its stream is child-CHILD).")
    static let knownAt = OptionSpecification.value(
        "known-at", valueName: "T",
        help: "Only what had been recorded by T (an instant, or a date meaning the end of that day in London).")
    /// `--known-at` given twice (`chronology diff`).
    static let knownAtTwice = OptionSpecification.value(
        "known-at", valueName: "T", help: "A knowledge time (give two: the earlier and the later).",
        isRepeatable: true)
    static let asOf = OptionSpecification.value(
        "as-of", valueName: "DATE", help: "Only what had happened by DATE (valid time); clocks are judged on DATE.")
    static let from = OptionSpecification.value("from", valueName: "DATE", help: "Show events dated DATE or later.")
    static let to = OptionSpecification.value("to", valueName: "DATE", help: "Show events dated DATE or earlier.")
    static let household = OptionSpecification.flag(
        "household", help: "Merge the household's membership and the siblings' streams (found from the child).")
    static let agency = OptionSpecification.value("agency", valueName: "A", help: "Only events recorded by agency A.")
    static let pseudonymise = OptionSpecification.value(
        "pseudonymise", valueName: "KEYFILE",
        help: "Replace every identifier with the review's pseudonyms kept in KEYFILE (created or extended).")
    static let output = OptionSpecification.value(
        "output", valueName: "FILE", help: "Write to FILE (atomically) instead of standard output.")

    /// A `--known-at` value: an RFC 3339 instant, or a date meaning 23:59:59 London time that day.
    static func knowledgeTime(_ text: String) -> Instant? {
        if let instant = Instant(iso8601: text) { return instant }
        return CivilDate(iso8601: text).map(ReplayTimes.endOfDay)
    }

    /// The filter of `--from`, `--to` and `--agency`.
    /// - Throws: `UsageError` for a bad date or `--from` after `--to`.
    static func filter(of arguments: ParsedArguments) throws(UsageError) -> ChronologyFilter {
        let expected = "a date YYYY-MM-DD"
        let fromDate = try arguments.value(from.name, expected: expected) { CivilDate(iso8601: $0) }
        let toDate = try arguments.value(to.name, expected: expected) { CivilDate(iso8601: $0) }
        if let fromDate, let toDate, toDate < fromDate {
            throw UsageError(
                commandPath: arguments.commandPath, argument: toDate.description,
                reason: .invalidValue(expected: "a --to date on or after --from \(fromDate)"))
        }
        return ChronologyFilter(from: fromDate, to: toDate, agency: arguments.value(agency.name))
    }

    /// The `--as-of` date, if given.
    static func asOfDate(of arguments: ParsedArguments) throws(UsageError) -> CivilDate? {
        try arguments.value(asOf.name, expected: "a date YYYY-MM-DD") { CivilDate(iso8601: $0) }
    }

    /// The `--known-at` values, in order.
    static func knowledgeTimes(of arguments: ParsedArguments) throws(UsageError) -> [Instant] {
        try arguments.values(knownAt.name).map { (text) throws(UsageError) in
            guard let instant = knowledgeTime(text) else {
                throw UsageError(
                    commandPath: arguments.commandPath, argument: text,
                    reason: .invalidValue(expected: "an instant such as 2014-03-20T17:00:00Z or a date YYYY-MM-DD"))
            }
            return instant
        }
    }
}
