/// The synthetic identifiers: letters and zero-padded numbers only, never anything about a person.
///
/// Children `C000123`, households `H000045`, adults `A000045-1`, workers `W0123`, teams `T07`, events
/// `H000045-E00012` (registrations `H000045-C000123`), referral episodes `C000123-R2`. Every event id
/// starts with its household id. Numbers wider than the padding keep all their digits.
public enum SyntheticIDs {
    /// Teams in the authority; team `t` is managed by worker `t` (W0001…W0020).
    public static let teamCount = 20
    /// Social workers per team (workers W0021 upwards).
    public static let workersPerTeam = 14

    /// `C` + 6 digits, for child index 0 → `C000001`.
    public static func child(index: Int) -> String { "C" + padded(index + 1, width: 6) }
    /// `H` + 6 digits, for household index 0 → `H000001`.
    public static func household(index: Int) -> String { "H" + padded(index + 1, width: 6) }
    /// An adult of a household: `A000001-1`.
    public static func adult(householdIndex: Int, number: Int) -> String {
        "A" + padded(householdIndex + 1, width: 6) + "-" + String(number)
    }
    /// `W` + 4 digits.
    public static func worker(number: Int) -> String { "W" + padded(number, width: 4) }
    /// `T` + 2 digits, teams 1…`teamCount`.
    public static func team(number: Int) -> String { "T" + padded(number, width: 2) }
    /// The team manager of team `team` (1-based).
    public static func manager(team: Int) -> String { worker(number: team) }
    /// Social worker `slot` (0-based) of team `team` (1-based).
    public static func socialWorker(team: Int, slot: Int) -> String {
        worker(number: teamCount + team + teamCount * slot)
    }
    /// The `sequence`th event generated for a household: `H000001-E00001`.
    public static func event(householdID: String, sequence: Int) -> String {
        householdID + "-E" + padded(sequence, width: 5)
    }
    /// The registration event of a child in a household: `H000001-C000001`.
    public static func registration(householdID: String, childID: String) -> String { householdID + "-" + childID }
    /// A child's `number`th referral episode: `C000001-R1`.
    public static func referralEpisode(childID: String, number: Int) -> String { childID + "-R" + String(number) }

    /// Decimal digits of `value` (≥ 0), left-padded with zeros to `width`.
    static func padded(_ value: Int, width: Int) -> String {
        precondition(value >= 0, "synthetic id numbers are not negative")
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}

extension SyntheticIDs {
    /// Agency ids used for meeting attendance (roles of organisations, not people).
    public static let agencies = ["csc", "police", "health", "education", "probation"]
    /// The agency that records most events: the authority's children's social care.
    public static let authorityAgency = "csc"
}
