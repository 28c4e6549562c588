import LedgerCalendar

/// What to generate: the seed, how many children, and the span of valid time.
///
/// Same parameters ⇒ byte-identical output (see `SyntheticAuthority`).
public struct AuthorityParameters: Hashable, Sendable {
    /// Most children one run may generate (ids stay within `C` + 8 digits).
    public static let childCountMax = 99_999_999
    /// The generator's version (docs/synthetic-authority.md): the same parameters give the same output only
    /// within one version, so anything keyed by parameters (the demo's workspace) must include it.
    public static let generatorVersion = 3

    /// The seed of every random choice.
    public var seed: UInt64
    /// How many children to generate (in households of one to five).
    public var childCount: Int
    /// The first day on which a referral may arrive.
    public var startDate: CivilDate
    /// The last valid date of any generated event; later events are not emitted (journeys stay open).
    public var endDate: CivilDate
    /// The working-day calendar used for every working-day duration.
    public var calendar: WorkingDayCalendar

    /// Creates parameters; the default calendar is England and Wales.
    public init(
        seed: UInt64, childCount: Int, startDate: CivilDate, endDate: CivilDate,
        calendar: WorkingDayCalendar = .englandAndWales
    ) {
        self.seed = seed
        self.childCount = childCount
        self.startDate = startDate
        self.endDate = endDate
        self.calendar = calendar
    }

    /// Checks the parameters against their limits.
    ///
    /// The calendar must cover `startDate`'s year and at least one year after `endDate`'s, because
    /// durations that start on or before `endDate` are counted in working days past it.
    /// - Throws: `SyntheticAuthorityError` with code `.invalidParameters`, naming the parameter.
    public func validate() throws(SyntheticAuthorityError) {
        guard (1...Self.childCountMax).contains(childCount) else {
            throw SyntheticAuthorityError(.invalidParameters, "children must be 1...\(Self.childCountMax)")
        }
        guard startDate <= endDate else {
            throw SyntheticAuthorityError(.invalidParameters, "the start date must not be after the end date")
        }
        let covered = calendar.coveredYears
        guard covered.contains(startDate.year), endDate.year < covered.upperBound else {
            throw SyntheticAuthorityError(
                .invalidParameters,
                "dates must lie in \(covered.lowerBound)...\(covered.upperBound - 1) (calendar \(calendar.version) "
                    + "covers \(covered.lowerBound)...\(covered.upperBound); one year is kept after the end date)")
        }
    }
}
