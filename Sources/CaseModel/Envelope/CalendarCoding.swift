import LedgerCalendar

// Codable bridges for the LedgerCalendar value types, as the ISO 8601 strings used in event JSON.
// They live here because CaseModel owns the event wire format; LedgerCalendar stays free of Codable.
// (Same package, so no `@retroactive` is needed.) If LedgerCalendar ever adds its own conformance,
// delete this file.

extension CivilDate: Codable {
    /// Decodes `YYYY-MM-DD`; an impossible date (2013-02-29) throws `InvalidDateError`.
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let date = CivilDate(iso8601: text) else {
            throw InvalidDateError(field: CodingPathText.render(decoder.codingPath), value: text, expected: .date)
        }
        self = date
    }

    /// Encodes `YYYY-MM-DD`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

extension Instant: Codable {
    /// Decodes ISO 8601 with a required offset; anything else throws `InvalidDateError`.
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let instant = Instant(iso8601: text) else {
            throw InvalidDateError(field: CodingPathText.render(decoder.codingPath), value: text, expected: .instant)
        }
        self = instant
    }

    /// Encodes `YYYY-MM-DDTHH:MM:SSZ` (always UTC, so equal instants give equal bytes).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

/// A date, instant or month field whose text is not a real date in the expected form.
public struct InvalidDateError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The expected form.
    public enum Form: String, Sendable {
        /// `YYYY-MM-DD`. / ISO 8601 instant with offset. / `YYYY-MM`. / Financial year `YYYY/YY`.
        case date, instant, month, financialYear
    }

    /// Longest prefix of the offending text repeated in the error.
    public static let valueDisplayLengthMax = 32

    /// The coding path of the field.
    public var field: String
    /// The offending text, truncated to `valueDisplayLengthMax`.
    public var value: String
    /// The expected form.
    public var expected: Form

    /// Creates the error, truncating `value`.
    public init(field: String, value: String, expected: Form) {
        self.field = field
        self.value = String(value.prefix(InvalidDateError.valueDisplayLengthMax))
        self.expected = expected
    }

    /// `occurredOn: "2013-02-29" is not a real date`.
    public var description: String { "\(field): \"\(value)\" is not a real \(expected.rawValue)" }
}
