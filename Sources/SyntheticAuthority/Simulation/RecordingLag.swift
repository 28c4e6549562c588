import LedgerCalendar
import SeededRandom

/// When an event is written on the case system, after it happened: usually the same day, often within
/// a few days, sometimes weeks late (a realistic tail; DOMAIN.md §3.1, §8.1: Oldham expects visits
/// recorded within 5 WD). Never before the event.
enum RecordingLag {
    /// Days between the valid date and the record date **(gk)**: 55% same day, 28% 1–3 days, 12% 4–14,
    /// 4% 15–42, 1% 43–120.
    static let lagDayRanges = WeightedTable<ClosedRange<Int>>([
        (0...0, 0.55), (1...3, 0.28), (4...14, 0.12), (15...42, 0.04), (43...120, 0.01),
    ])

    /// A record time for an event on `occurredOn` (at `occurredAt` if known).
    static func recordedAt(occurredOn: CivilDate, occurredAt: Instant?, using random: inout SplitMix64) -> Instant {
        let lagDays = random.integer(in: lagDayRanges.draw(using: &random))
        if lagDays == 0, let occurredAt {
            return occurredAt.adding(seconds: Int64(random.integer(in: 300...14_400)))
        }
        return officeHours(on: occurredOn.adding(days: lagDays), using: &random)
    }

    /// A time between 08:00 and 16:59 UTC on `date`: the same Europe/London date in winter and summer.
    static func officeHours(on date: CivilDate, using random: inout SplitMix64) -> Instant {
        Instant(
            utcDate: date, hour: random.integer(in: 8...16), minute: random.integer(in: 0...59),
            second: random.integer(in: 0...59))
    }

    /// A time of day between 00:00 and 22:59 UTC on `date`, which is on the same London date all year.
    static func anyHour(on date: CivilDate, using random: inout SplitMix64) -> Instant {
        Instant(
            utcDate: date, hour: random.integer(in: 0...22), minute: random.integer(in: 0...59),
            second: random.integer(in: 0...59))
    }
}
