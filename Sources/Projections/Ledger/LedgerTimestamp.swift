import LedgerCalendar

/// Formats ledger timestamps (nanoseconds since the Unix epoch) as RFC 3339 UTC text.
public enum LedgerTimestamp {
    private static let nanosecondsPerSecond: Int64 = 1_000_000_000

    /// `2026-11-23T12:59:31.123456789Z`: always nine fraction digits, so the text sorts as time does.
    public static func text(nanosecondsSinceEpoch: Int64) -> String {
        let (seconds, fraction) = floorDivision(nanosecondsSinceEpoch, by: nanosecondsPerSecond)
        let whole = Instant(secondsSinceEpoch: seconds).description.dropLast()  // drop the "Z"
        let digits = String(fraction)
        return whole + "." + String(repeating: "0", count: 9 - digits.count) + digits + "Z"
    }

    /// The ledger time of the last of `events` (`none` when there are none): the default generation time of
    /// reports, so the same ledger gives the same bytes.
    public static func lastText(of events: [LedgerEvent]) -> String {
        events.last.map { text(nanosecondsSinceEpoch: $0.ledgerTimestampNanoseconds) } ?? "none"
    }

    /// Quotient rounded down and a remainder in `0..<divisor`, also for negative times.
    private static func floorDivision(_ value: Int64, by divisor: Int64) -> (Int64, Int64) {
        let remainder = ((value % divisor) + divisor) % divisor
        return ((value - remainder) / divisor, remainder)
    }
}
