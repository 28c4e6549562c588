import LedgerCalendar

/// A calendar month (`YYYY-MM`): the precision of action-plan targets and milestones (DOMAIN.md §8.3, §8.4).
public struct YearMonth: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// The year, within `CivilDate.yearRange`.
    public let year: Int
    /// The month, 1–12.
    public let month: Int

    /// Creates a month, or nil outside `CivilDate.yearRange` or months 1–12.
    public init?(year: Int, month: Int) {
        guard CivilDate.yearRange.contains(year), (1...12).contains(month) else { return nil }
        self.year = year
        self.month = month
    }

    /// Parses exactly `YYYY-MM`.
    public init?(iso8601 text: String) {
        guard let date = CivilDate(iso8601: text + "-01"), text.utf8.count == 7 else { return nil }
        self.init(year: date.year, month: date.month)
    }

    /// The first day of the month.
    public var firstDay: CivilDate { CivilDate(year: year, month: month, day: 1)! }

    /// The last day of the month (a month target "falls due" here when the setting says so).
    public var lastDay: CivilDate {
        CivilDate(year: year, month: month, day: CivilDate.daysInMonth(year: year, month: month))!
    }

    /// `YYYY-MM`.
    public var description: String { String(firstDay.description.prefix(7)) }

    /// Earlier months first.
    public static func < (a: YearMonth, b: YearMonth) -> Bool { (a.year, a.month) < (b.year, b.month) }

    /// Decodes `YYYY-MM`, or throws `InvalidDateError`.
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let month = YearMonth(iso8601: text) else {
            throw InvalidDateError(field: CodingPathText.render(decoder.codingPath), value: text, expected: .month)
        }
        self = month
    }

    /// Encodes `YYYY-MM`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
