import CaseModel
import LedgerCalendar

// Minutes and decisions of case meetings: the dates Oldham's practice standards measure (DOMAIN.md §4.4:
// strategy minutes ≤ 5 WD, CIN minutes ≤ 10 WD, ICPC decisions ≤ 1 WD, core group minutes ≤ 5 WD).

extension ChildJourney {
    /// Share of minutes circulated within the local standard **(gk)**; the rest up to ten working days late.
    static let minutesInTimeShare = 0.85
    /// Working days the late minutes take beyond the standard **(gk)**.
    static let minutesLateWorkingDays = 1...10

    /// The date the minutes of a meeting on `date` were circulated: within `limit` working days mostly.
    mutating func minutesDate(after date: CivilDate, limitWorkingDays limit: Int) -> CivilDate {
        let late = !chance(Self.minutesInTimeShare)
        let days = late ? limit + integer(in: Self.minutesLateWorkingDays) : integer(in: 0...limit)
        return addingWorkingDays(days, to: date)
    }

    /// The meeting's record is written once its minutes are out: never before 08:00 UTC on `minutes`, so a
    /// replay known at a time never shows a minutes date still to come.
    static func recordedWithMinutes(_ minutes: CivilDate) -> Instant { Instant(utcDate: minutes, hour: 8, minute: 0) }
}
