import LedgerCalendar

// Child registration and household membership, DOMAIN.md §6.3 and §8.1.

/// A child (or unborn child) was registered with its census characteristics.
public struct ChildRegistered: ChildEventData {
    /// `ChildRegistered`, version 1.
    public static let typeName = "ChildRegistered"
    /// Current schema version.
    public static let schemaVersion = 1

    /// Census `PersonBirthDate`; exactly one of this and `expectedBirthDate`.
    public var birthDate: CivilDate?
    /// Census `ExpectedPersonBirthDate` (unborn child).
    public var expectedBirthDate: CivilDate?
    /// Census `Sex` (from 2024-25).
    public var sex: Sex?
    /// Census `GenderCurrent` (to 2023-24).
    public var genderCurrent: GenderCurrent?
    /// Census `Ethnicity`.
    public var ethnicity: Ethnicity
    /// Census `Disability` codes; `NONE` stands alone.
    public var disabilities: [Disability]

    /// Creates the payload.
    public init(
        birthDate: CivilDate? = nil, expectedBirthDate: CivilDate? = nil, sex: Sex? = nil,
        genderCurrent: GenderCurrent? = nil, ethnicity: Ethnicity, disabilities: [Disability] = []
    ) {
        self.birthDate = birthDate
        self.expectedBirthDate = expectedBirthDate
        self.sex = sex
        self.genderCurrent = genderCurrent
        self.ethnicity = ethnicity
        self.disabilities = disabilities
    }

    /// One birth date kind; a birth date not after registration; disability rules.
    public func issues(in envelope: EventEnvelope) -> [ValidationIssue] {
        var issues: [ValidationIssue] = []
        if (birthDate == nil) == (expectedBirthDate == nil) {
            issues.append(ValidationIssue(path: "data.birthDate", reason: .exactlyOneRequired))
        }
        if let birthDate, envelope.occurredOn < birthDate {
            issues.append(
                ValidationIssue(path: "data.birthDate", value: birthDate.description, reason: .dateAfterEvent))
        }
        issues += IssueRules.count(disabilities, at: "data.disabilities")
        issues += IssueRules.standAlone(
            .none, in: disabilities, at: "data.disabilities", reason: .disabilityNoneMustStandAlone)
        return issues + IssueRules.duplicates(disabilities, at: "data.disabilities")
    }
}

/// A person joined or left a household (stream `household-<householdId>`).
public struct HouseholdMembershipChanged: EventData {
    /// `HouseholdMembershipChanged`, version 1.
    public static let typeName = "HouseholdMembershipChanged"
    /// Current schema version.
    public static let schemaVersion = 1
    /// Household streams.
    public static let streamKind = StreamKind.household

    /// The person's id (a child id for children).
    public var personId: String
    /// The person's role in the household.
    public var role: HouseholdRole
    /// Joined or left.
    public var change: HouseholdChange

    /// Creates the payload.
    public init(personId: String, role: HouseholdRole, change: HouseholdChange) {
        self.personId = personId
        self.role = role
        self.change = change
    }

    /// Id well formed.
    public func issues(in envelope: EventEnvelope) -> [ValidationIssue] { IssueRules.id(personId, at: "data.personId") }
}
