/// A financial (reporting) year, 1 April to 31 March, inclusive at both ends (C11). Written "2014/15".
public struct FinancialYear: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The calendar year in which the financial year starts (2014 for 2014/15).
    public let startYear: Int

    /// The financial year starting on 1 April of `startYear`.
    public init(startingIn startYear: Int) { self.startYear = startYear }

    /// The financial year that contains `date`.
    public init(containing date: CivilDate) {
        let (year, month, _) = date.components
        startYear = month >= 4 ? year : year - 1
    }

    /// 1 April of `startYear`.
    public var firstDay: CivilDate { CivilDate(unclampedYear: startYear, month: 4, day: 1) }

    /// 31 March of the following year.
    public var lastDay: CivilDate { CivilDate(unclampedYear: startYear + 1, month: 3, day: 31) }

    /// True if `date` lies between `firstDay` and `lastDay`, both included.
    public func contains(_ date: CivilDate) -> Bool { firstDay <= date && date <= lastDay }

    /// `2014/15`; the second year is its last two digits (`1999/00`).
    public var label: String { "\(startYear)/\(CivilDate.pad((startYear + 1) % 100, 2))" }

    /// The label.
    public var description: String { label }

    /// Ordered by start year.
    public static func < (a: FinancialYear, b: FinancialYear) -> Bool { a.startYear < b.startYear }
}
