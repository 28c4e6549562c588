/// A point in time: whole seconds since 1970-01-01T00:00:00Z (UTC), no leap seconds.
///
/// Hour-based rules (72 h police protection) measure absolute elapsed time between instants.
/// Working-day rules use the *local* (Europe/London) date of an instant: see `WorkingDayCalendar`.
public struct Instant: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Seconds since the Unix epoch, UTC.
    public let secondsSinceEpoch: Int64

    /// Creates an instant.
    public init(secondsSinceEpoch: Int64) { self.secondsSinceEpoch = secondsSinceEpoch }

    /// Midnight UTC at the start of `date`, plus a time of day.
    public init(utcDate date: CivilDate, hour: Int = 0, minute: Int = 0, second: Int = 0) {
        precondition((0..<24).contains(hour) && (0..<60).contains(minute) && (0..<60).contains(second))
        secondsSinceEpoch = Int64(date.dayNumber) * 86_400 + Int64(hour * 3600 + minute * 60 + second)
    }

    /// Parses an RFC 3339 instant with whole seconds: `YYYY-MM-DDTHH:MM:SS` then `Z` or `±HH:MM`. The one
    /// rule for every instant CaseLedger reads: a space or a lower-case `t` for the `T`, missing seconds, a
    /// fraction of a second, a lower-case `z` and a missing offset are all refused (nil). An offset is
    /// required because a bare local time is ambiguous around clock changes.
    public init?(iso8601 text: some StringProtocol) {
        let bytes = Array(text.utf8)
        guard bytes.count >= 20, bytes[10] == UInt8(ascii: "T"),
            let date = CivilDate(iso8601: String(decoding: bytes[0..<10], as: UTF8.self)),
            bytes[13] == UInt8(ascii: ":"), bytes[16] == UInt8(ascii: ":"), let hour = Instant.decimal(bytes[11..<13]),
            let minute = Instant.decimal(bytes[14..<16]), let second = Instant.decimal(bytes[17..<19]), hour < 24,
            minute < 60, second < 60, let offsetSeconds = Instant.offset(bytes[19...])
        else { return nil }
        let local = Instant(utcDate: date, hour: hour, minute: minute, second: second)
        self.init(secondsSinceEpoch: local.secondsSinceEpoch - Int64(offsetSeconds))
    }

    /// The UTC calendar date of this instant.
    public var utcDate: CivilDate {
        let days = secondsSinceEpoch >= 0 ? secondsSinceEpoch / 86_400 : (secondsSinceEpoch - 86_399) / 86_400
        return CivilDate(dayNumber: Int(days))
    }

    /// Seconds after UTC midnight.
    public var utcSecondOfDay: Int { Int(secondsSinceEpoch - Int64(utcDate.dayNumber) * 86_400) }

    /// The instant `seconds` later.
    public func adding(seconds: Int64) -> Instant { Instant(secondsSinceEpoch: secondsSinceEpoch + seconds) }

    /// `YYYY-MM-DDTHH:MM:SSZ`.
    public var description: String {
        let second = utcSecondOfDay
        return "\(utcDate)T\(CivilDate.pad(second / 3600, 2)):\(CivilDate.pad(second / 60 % 60, 2)):"
            + "\(CivilDate.pad(second % 60, 2))Z"
    }

    /// Earlier instants order first.
    public static func < (a: Instant, b: Instant) -> Bool { a.secondsSinceEpoch < b.secondsSinceEpoch }

    private static func decimal(_ digits: ArraySlice<UInt8>) -> Int? {
        guard !digits.isEmpty else { return nil }
        var value = 0
        for digit in digits {
            guard digit >= UInt8(ascii: "0"), digit <= UInt8(ascii: "9") else { return nil }
            value = value * 10 + Int(digit - UInt8(ascii: "0"))
        }
        return value
    }

    /// `Z` → 0; `±HH:MM` → signed seconds; anything else → nil.
    private static func offset(_ bytes: ArraySlice<UInt8>) -> Int? {
        let rest = Array(bytes)
        if rest == [UInt8(ascii: "Z")] { return 0 }
        guard rest.count == 6, rest[0] == UInt8(ascii: "+") || rest[0] == UInt8(ascii: "-"),
            rest[3] == UInt8(ascii: ":"), let hours = decimal(rest[1..<3]), let minutes = decimal(rest[4..<6]),
            hours <= 14, minutes < 60
        else { return nil }
        let magnitude = hours * 3600 + minutes * 60
        return rest[0] == UInt8(ascii: "-") ? -magnitude : magnitude
    }
}
