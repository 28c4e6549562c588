import LedgerCalendar

/// A date from `YYYY-MM-DD` test text; traps on a typo in the test itself.
public func day(_ text: String) -> CivilDate {
    guard let date = CivilDate(iso8601: text) else { preconditionFailure("bad test date \(text)") }
    return date
}

/// An instant from ISO 8601 test text with an offset; traps on a typo in the test itself.
public func instant(_ text: String) -> Instant {
    guard let value = Instant(iso8601: text) else { preconditionFailure("bad test instant \(text)") }
    return value
}
