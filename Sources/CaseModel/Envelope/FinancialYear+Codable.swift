import LedgerCalendar

// Codable bridge for LedgerCalendar's `FinancialYear` as its label, `2014/15` (board plans and annual
// reports, DOMAIN.md §3.15). Lives here for the same reason as CalendarCoding.swift.

extension FinancialYear: Codable {
    /// Parses exactly `YYYY/YY` where the second part is the year after `YYYY` (`1999/00`), with the start
    /// year in `CivilDate.yearRange`; nil otherwise.
    public init?(label text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard text.utf8.count == 7, parts.count == 2, parts[0].count == 4, parts[1].count == 2,
            parts.allSatisfy({ $0.utf8.allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) } }),
            let start = Int(parts[0]), let end = Int(parts[1]),
            CivilDate.yearRange.contains(start), (start + 1) % 100 == end
        else { return nil }
        self.init(startingIn: start)
    }

    /// Decodes `YYYY/YY`, or throws `InvalidDateError`.
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let year = FinancialYear(label: text) else {
            throw InvalidDateError(
                field: CodingPathText.render(decoder.codingPath), value: text, expected: .financialYear)
        }
        self = year
    }

    /// Encodes `YYYY/YY`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(label)
    }
}
