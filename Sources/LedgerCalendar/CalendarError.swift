/// An operating error from the calendar: bad calendar data, a question outside the calendar's coverage,
/// or a limit the calendar cannot compute.
///
/// Messages name the data line, the covered years and the rule, never a date taken from a case: a date
/// being asked about may be a child's date of birth, so it is carried in `date` for the caller, not in
/// `message`. Two errors compare equal when their codes are equal, which keeps tests simple.
public struct CalendarError: Error, Sendable, CustomStringConvertible {
    /// What kind of failure this is.
    public enum Code: Sendable, Hashable {
        /// Holiday data text could not be parsed or breaks a rule of the format (see `line`).
        case malformedData
        /// A date falls in a year the calendar does not cover; no answer is given rather than a guess.
        case outsideCoverage
        /// Two calendars could not be combined (coverage would have a gap, or closures lie outside it).
        case incompatibleCoverage
        /// The limit cannot be counted under the chosen convention (e.g. 0 working days inclusive).
        case invalidLimit
        /// An hour-based limit was asked of a date-only start (C9: the answer is indeterminate).
        case instantRequired
    }

    /// The kind of failure.
    public var code: Code
    /// What failed, where and why, without case content.
    public var message: String
    /// The 1-based line of the holiday data that failed to parse, if any.
    public var line: Int?
    /// The date that fell outside coverage, if any; deliberately kept out of `message`.
    public var date: CivilDate?
    /// Source location that raised the error (`#fileID:#line`).
    public var site: String

    /// Creates an error; `site` defaults to the caller's location.
    public init(
        _ code: Code, _ message: String, line: Int? = nil, date: CivilDate? = nil,
        fileID: StaticString = #fileID, sourceLine: UInt = #line
    ) {
        self.code = code
        self.message = message
        self.line = line
        self.date = date
        self.site = "\(fileID):\(sourceLine)"
    }

    /// `code: message`, prefixed by the data line when there is one.
    public var description: String {
        let location = line.map { "line \($0): " } ?? ""
        return "\(code): \(location)\(message)"
    }
}

extension CalendarError: Equatable {
    /// Equal when the codes are equal.
    public static func == (a: CalendarError, b: CalendarError) -> Bool { a.code == b.code }
}
