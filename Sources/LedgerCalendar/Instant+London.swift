/// Europe/London local time, implemented by hand (no time-zone database at run time).
///
/// Rule (EU summer time, in force in the UK since 1996): British Summer Time, UTC+1, runs from 01:00 UTC
/// on the last Sunday of March to 01:00 UTC on the last Sunday of October; GMT, UTC+0, otherwise. The
/// same rule is applied to earlier instants, which is exact from 1981 except for some October weeks
/// before 1996; the ledger's data start in 2010.
///
/// Working-day rules use the **London date** of an instant (`londonDate`): a referral at 23:30 UTC on a
/// BST evening is received on the next local day. Hour rules use absolute elapsed time (C7).
extension Instant {
    /// `3600` during British Summer Time, `0` during GMT.
    public var londonOffsetSeconds: Int {
        let year = utcDate.year
        let summerStart = Instant.britishSummerTimeBoundary(year: year, month: 3)
        let summerEnd = Instant.britishSummerTimeBoundary(year: year, month: 10)
        return self >= summerStart && self < summerEnd ? 3600 : 0
    }

    /// True during British Summer Time.
    public var isBritishSummerTime: Bool { londonOffsetSeconds != 0 }

    /// The calendar date on a clock in London at this instant.
    public var londonDate: CivilDate { londonWallClock.utcDate }

    /// Hour, minute and second on a clock in London at this instant.
    public var londonTime: (hour: Int, minute: Int, second: Int) {
        let second = londonWallClock.utcSecondOfDay
        return (second / 3600, second / 60 % 60, second % 60)
    }

    /// `YYYY-MM-DD HH:MM GMT` or `YYYY-MM-DD HH:MM BST`: the display form for deadlines (seconds dropped).
    public var londonDescription: String {
        let (hour, minute, _) = londonTime
        let zone = isBritishSummerTime ? "BST" : "GMT"
        return "\(londonDate) \(CivilDate.pad(hour, 2)):\(CivilDate.pad(minute, 2)) \(zone)"
    }

    /// The London wall-clock reading expressed as if it were UTC, so UTC field accessors read local fields.
    private var londonWallClock: Instant { adding(seconds: Int64(londonOffsetSeconds)) }

    /// 01:00 UTC on the last Sunday of `month` in `year` (March: BST starts; October: BST ends).
    static func britishSummerTimeBoundary(year: Int, month: Int) -> Instant {
        let lastDay = CivilDate(unclampedYear: year, month: month, day: 31)  // March and October have 31 days
        let lastSunday = lastDay.adding(days: -(lastDay.isoWeekday % 7))
        return Instant(utcDate: lastSunday, hour: 1)
    }
}
