/// Which calendar produced a value: enough to reproduce it (name, version, coverage) and to detect that
/// two calendars with the same label differ (`fingerprint` over the covered years and every date).
public struct CalendarProvenance: Hashable, Sendable, CustomStringConvertible {
    /// The calendar's name.
    public let name: String
    /// The calendar's version label.
    public let version: String
    /// The years the calendar covers.
    public let coveredYears: ClosedRange<Int>
    /// How many non-working weekdays the calendar lists.
    public let nonWorkingDateCount: Int
    /// FNV-1a 64-bit hash of the covered years and the ascending non-working day numbers, each as 8
    /// little-endian bytes. An identity check, not a security measure.
    public let fingerprint: UInt64

    /// `England and Wales bank holidays ew-2010-2027-r1 (2010–2027, 149 dates, fnv1a64 …)`.
    public var description: String {
        let hex = String(fingerprint, radix: 16)
        let fingerprintText = String(repeating: "0", count: 16 - hex.count) + hex
        return "\(name) \(version) (\(coveredYears.lowerBound)–\(coveredYears.upperBound), "
            + "\(nonWorkingDateCount) dates, fnv1a64 \(fingerprintText))"
    }
}

extension WorkingDayCalendar {
    /// The provenance to record with every value this calendar computes.
    public var provenance: CalendarProvenance {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        let values = [coveredYears.lowerBound, coveredYears.upperBound] + sortedNonWorkingDayNumbers
        for value in values {
            for shift in stride(from: 0, to: 64, by: 8) {
                hash ^= UInt64(truncatingIfNeeded: Int64(value) >> Int64(shift)) & 0xff
                hash = hash &* 0x0000_0100_0000_01b3
            }
        }
        return CalendarProvenance(
            name: name, version: version, coveredYears: coveredYears,
            nonWorkingDateCount: sortedNonWorkingDayNumbers.count, fingerprint: hash)
    }
}
