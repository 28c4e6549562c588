import LedgerCalendar

/// Formats ledger timestamps (nanoseconds since the Unix epoch) as RFC 3339 UTC text.
enum LedgerTimestamp {
    private static let nanosecondsPerSecond: Int64 = 1_000_000_000

    /// `2026-11-23T12:59:31.123456789Z`: always nine fraction digits, so the text sorts as time does.
    static func text(nanosecondsSinceEpoch: Int64) -> String {
        let (seconds, fraction) = floorDivision(nanosecondsSinceEpoch, by: nanosecondsPerSecond)
        let whole = Instant(secondsSinceEpoch: seconds).description.dropLast()  // drop the "Z"
        let digits = String(fraction)
        return whole + "." + String(repeating: "0", count: 9 - digits.count) + digits + "Z"
    }

    /// Quotient rounded down and a remainder in `0..<divisor`, also for negative times.
    private static func floorDivision(_ value: Int64, by divisor: Int64) -> (Int64, Int64) {
        let remainder = ((value % divisor) + divisor) % divisor
        return ((value - remainder) / divisor, remainder)
    }
}
