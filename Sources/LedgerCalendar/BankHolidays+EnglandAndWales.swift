extension WorkingDayCalendar {
    /// England and Wales bank holidays 2010–2027 (effective dates, substitute days included), built from
    /// `englandAndWalesBankHolidaysText`. Covers exactly the years the data lists; extend it with
    /// `extended(with:label:)` before asking about later years.
    public static let englandAndWales: WorkingDayCalendar = {
        do {
            return try WorkingDayCalendar(
                name: "England and Wales bank holidays", version: "ew-2010-2027-r1",
                parsing: englandAndWalesBankHolidaysText)
        } catch {
            // The text is a compile-time constant checked by the test suite; failing here is a build defect.
            preconditionFailure("embedded England and Wales bank-holiday data is invalid: \(error)")
        }
    }()

    /// The shipped data file `Data/bank-holidays-england-wales.txt`, byte for byte (a test checks this), so
    /// the binary needs no resource bundle. Format: see `HolidayCalendarData`.
    public static let englandAndWalesBankHolidaysText = """
        # England & Wales bank holidays, 2010-2027 inclusive: EFFECTIVE (observed) dates only.
        # One ISO date (YYYY-MM-DD) per line, ascending. Every date is a Monday-Friday.
        # Substitute days are included: when 1 Jan, 25 Dec or 26 Dec falls on a Saturday/Sunday the
        # following weekday(s) are listed instead of the nominal date (e.g. 2010-12-27/28, 2022-01-03).
        # One-off/moved days included: 2011-04-29 Royal Wedding; 2012-06-04 (spring holiday moved) and
        # 2012-06-05 Diamond Jubilee; 2020-05-08 (early May holiday moved, VE Day 75); 2022-06-02 (spring
        # holiday moved) and 2022-06-03 Platinum Jubilee; 2022-09-19 State Funeral of Queen Elizabeth II;
        # 2023-05-08 Coronation of King Charles III.
        # Count: 8 per year except 2011=9, 2012=9, 2022=10, 2023=9 (149 dates in total).
        # Not for Scotland or Northern Ireland. Use as the non-working-day calendar for working-day timescales.
        # Provenance: rule-based computation (Easter via dateutil and an independent Meeus algorithm),
        # checked against the Python 'holidays' package 0.109 (GB/ENG, weekdays only) and the project's
        # research list (itself cross-checked against GOV.UK bank-holidays.json, England and Wales, for
        # 2012-2027). Years after 2027 are NOT covered: extend (and re-verify) before use.
        2010-01-01
        2010-04-02
        2010-04-05
        2010-05-03
        2010-05-31
        2010-08-30
        2010-12-27
        2010-12-28
        2011-01-03
        2011-04-22
        2011-04-25
        2011-04-29
        2011-05-02
        2011-05-30
        2011-08-29
        2011-12-26
        2011-12-27
        2012-01-02
        2012-04-06
        2012-04-09
        2012-05-07
        2012-06-04
        2012-06-05
        2012-08-27
        2012-12-25
        2012-12-26
        2013-01-01
        2013-03-29
        2013-04-01
        2013-05-06
        2013-05-27
        2013-08-26
        2013-12-25
        2013-12-26
        2014-01-01
        2014-04-18
        2014-04-21
        2014-05-05
        2014-05-26
        2014-08-25
        2014-12-25
        2014-12-26
        2015-01-01
        2015-04-03
        2015-04-06
        2015-05-04
        2015-05-25
        2015-08-31
        2015-12-25
        2015-12-28
        2016-01-01
        2016-03-25
        2016-03-28
        2016-05-02
        2016-05-30
        2016-08-29
        2016-12-26
        2016-12-27
        2017-01-02
        2017-04-14
        2017-04-17
        2017-05-01
        2017-05-29
        2017-08-28
        2017-12-25
        2017-12-26
        2018-01-01
        2018-03-30
        2018-04-02
        2018-05-07
        2018-05-28
        2018-08-27
        2018-12-25
        2018-12-26
        2019-01-01
        2019-04-19
        2019-04-22
        2019-05-06
        2019-05-27
        2019-08-26
        2019-12-25
        2019-12-26
        2020-01-01
        2020-04-10
        2020-04-13
        2020-05-08
        2020-05-25
        2020-08-31
        2020-12-25
        2020-12-28
        2021-01-01
        2021-04-02
        2021-04-05
        2021-05-03
        2021-05-31
        2021-08-30
        2021-12-27
        2021-12-28
        2022-01-03
        2022-04-15
        2022-04-18
        2022-05-02
        2022-06-02
        2022-06-03
        2022-08-29
        2022-09-19
        2022-12-26
        2022-12-27
        2023-01-02
        2023-04-07
        2023-04-10
        2023-05-01
        2023-05-08
        2023-05-29
        2023-08-28
        2023-12-25
        2023-12-26
        2024-01-01
        2024-03-29
        2024-04-01
        2024-05-06
        2024-05-27
        2024-08-26
        2024-12-25
        2024-12-26
        2025-01-01
        2025-04-18
        2025-04-21
        2025-05-05
        2025-05-26
        2025-08-25
        2025-12-25
        2025-12-26
        2026-01-01
        2026-04-03
        2026-04-06
        2026-05-04
        2026-05-25
        2026-08-31
        2026-12-25
        2026-12-28
        2027-01-01
        2027-03-26
        2027-03-29
        2027-05-03
        2027-05-31
        2027-08-30
        2027-12-27
        2027-12-28

        """
}
