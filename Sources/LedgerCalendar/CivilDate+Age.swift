/// C12: where a 29 February birthday falls in a non-leap year. A setting; `.twentyEighthFebruary` is the
/// recommended default, but the library has none.
public enum LeapDayBirthdayPolicy: String, Hashable, Sendable, CaseIterable {
    /// The birthday is 28 February in non-leap years.
    case twentyEighthFebruary
    /// The birthday is 1 March in non-leap years.
    case firstMarch
}

extension CivilDate {
    /// Age in completed years on `date`, treating `self` as the date of birth; nil if `date` is before
    /// the birth (an unborn child has no age).
    public func age(on date: CivilDate, leapDayBirthdays: LeapDayBirthdayPolicy) -> Int? {
        guard date >= self else { return nil }
        let years = date.year - year
        return date < birthday(in: date.year, leapDayBirthdays: leapDayBirthdays) ? years - 1 : years
    }

    /// The anniversary of `self` in `targetYear`, moving 29 February by the policy in non-leap years.
    public func birthday(in targetYear: Int, leapDayBirthdays: LeapDayBirthdayPolicy) -> CivilDate {
        let (_, month, day) = components
        guard month == 2, day == 29, !CivilDate.isLeapYear(targetYear) else {
            return CivilDate(unclampedYear: targetYear, month: month, day: day)
        }
        switch leapDayBirthdays {
        case .twentyEighthFebruary: return CivilDate(unclampedYear: targetYear, month: 2, day: 28)
        case .firstMarch: return CivilDate(unclampedYear: targetYear, month: 3, day: 1)
        }
    }
}
