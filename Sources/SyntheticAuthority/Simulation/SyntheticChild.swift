import LedgerCalendar

/// A synthetic child: an id, a birth date and the household's other children. Nothing else about a person.
struct SyntheticChild {
    let id: String
    let birthDate: CivilDate
    let siblingIDs: [String]

    /// The 18th birthday: plans end ("reached 18") and no new referral is taken from this date.
    var adulthood: CivilDate { birthDate.adding(months: 18 * 12) }
}
