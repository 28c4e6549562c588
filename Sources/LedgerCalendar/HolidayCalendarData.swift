/// Non-working dates parsed from the project's plain-text holiday format.
///
/// Format (the shipped `Data/bank-holidays-england-wales.txt` is an example):
/// - one entry per line, lines separated by LF or CRLF;
/// - a line whose first non-blank character is `#` is a comment; the comment lines before the first date
///   are the **header** and are kept as the data's provenance;
/// - blank lines are ignored;
/// - an entry is an ISO date `YYYY-MM-DD`, optionally followed by blanks and a `# note`
///   (`2013-12-27  # council closure`);
/// - dates are the *effective* (observed) days off, so each must be a Monday to Friday, and they must be
///   strictly ascending (no duplicates);
/// - at least one date.
///
/// Parse errors are `CalendarError.malformedData` with the 1-based line number and the reason.
public struct HolidayCalendarData: Hashable, Sendable {
    /// The listed dates, strictly ascending, all weekdays.
    public let dates: [CivilDate]
    /// The comment lines before the first date, without their leading `#` and one following blank.
    public let header: [String]

    /// Parses text in the format above.
    ///
    /// - Throws: `CalendarError.malformedData` naming the first bad line and why it is bad.
    /// - Complexity: O(n) in the length of the text.
    public init(parsing text: String) throws {
        var dates: [CivilDate] = []
        var header: [String] = []
        for (index, rawLine) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            let line = HolidayCalendarData.trimmed(rawLine)
            if line.isEmpty { continue }
            if line.first == "#" {
                if dates.isEmpty { header.append(HolidayCalendarData.commentText(line)) }
                continue
            }
            let date = try HolidayCalendarData.entry(line, lineNumber: index + 1)
            if let previous = dates.last, date <= previous {
                throw CalendarError(.malformedData, "dates must be strictly ascending", line: index + 1)
            }
            dates.append(date)
        }
        guard !dates.isEmpty else { throw CalendarError(.malformedData, "no dates listed") }
        self.dates = dates
        self.header = header
    }

    /// The years from the first listed date to the last.
    public var yearSpan: ClosedRange<Int> { dates[0].year...dates[dates.count - 1].year }

    /// One entry line: a weekday date with an optional trailing `# note`.
    private static func entry(_ line: Substring, lineNumber: Int) throws -> CivilDate {
        let datePart = line.prefix { $0 != " " && $0 != "\t" && $0 != "#" }
        let rest = trimmed(line.dropFirst(datePart.count))
        guard rest.isEmpty || rest.first == "#" else {
            throw CalendarError(.malformedData, "unexpected text after the date", line: lineNumber)
        }
        guard let date = CivilDate(iso8601: datePart) else {
            throw CalendarError(.malformedData, "expected a real date as YYYY-MM-DD", line: lineNumber)
        }
        guard !date.isWeekend else {
            throw CalendarError(
                .malformedData, "date falls on a weekend; list effective (observed) weekdays only", line: lineNumber)
        }
        return date
    }

    private static func trimmed(_ text: Substring) -> Substring {
        var result = text
        while let first = result.first, first == " " || first == "\t" { result.removeFirst() }
        while let last = result.last, last == " " || last == "\t" { result.removeLast() }
        return result
    }

    private static func commentText(_ line: Substring) -> String {
        let body = line.dropFirst()
        return String(body.first == " " ? body.dropFirst() : body)
    }
}
