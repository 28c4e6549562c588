import CaseModel
import TextFormats

/// Stable pseudonyms for a review's outputs (DOMAIN.md §8.1): the child is "Child R", siblings "Sibling 1",
/// parents "Parent 1", workers "Worker A", teams "Team A", agencies "Agency: Health" (a generic sector) or
/// "Agency A". The map lives in a key file kept apart from the outputs; a label once given is never changed,
/// so every output of one review (any knowledge time, diff, format) names people alike.
///
/// Without pseudonyms (`Pseudonyms.none`) every identifier is shown as it is.
public struct Pseudonyms: Hashable, Sendable {
    /// Original identifier → label.
    public private(set) var labels: [String: String]
    /// Whether identifiers are replaced (false: shown as they are).
    public let isActive: Bool

    /// Identifiers shown as they are.
    public static let none = Pseudonyms(labels: [:], isActive: false)

    /// A pseudonym map (possibly empty, to be filled by `assign`).
    public init(labels: [String: String]) {
        self.init(labels: labels, isActive: true)
    }

    private init(labels: [String: String], isActive: Bool) {
        self.labels = labels
        self.isActive = isActive
    }

    /// The label of `id`: the id itself when inactive, else its pseudonym, else `withheld`.
    public func label(_ id: String) -> String {
        isActive ? labels[id] ?? Self.withheld : id
    }

    /// Free text (rationale, reasons): as recorded when inactive; never shown under pseudonyms, since
    /// narrative may name people.
    public func freeText(_ text: String?) -> String? {
        guard let text, !text.isEmpty else { return nil }
        return isActive ? Self.withheldText : text
    }

    /// Shown in place of an identifier that has no label.
    public static let withheld = "[id withheld]"
    /// Shown in place of free text.
    public static let withheldText = "[text withheld]"
    /// The label of the child the chronology is about, unless the key file already labels them.
    public static let subjectLabel = "Child R"

    /// Gives a label to every identifier `chronology` shows that has none yet: the child, household
    /// members by role, other children, workers, teams, agencies, the household and referral episodes.
    public mutating func assign(for chronology: ChildChronology) {
        guard isActive else { return }
        give(chronology.childId) { _ in Self.subjectLabel }
        if let household = chronology.household {
            give(household.householdId) { $0.next("Household ") }
            for member in household.members where member.personId != chronology.childId {
                give(member.personId) { $0.next(Self.rolePrefix(member.role)) }
            }
        }
        for entry in chronology.entries { assign(entry) }
    }

    private mutating func assign(_ entry: ChildChronology.Entry) {
        let envelope = entry.envelope
        for child in [envelope.childId].compactMap({ $0 }) + (envelope.subjects ?? []) {
            give(child) { $0.next("Child ") }
        }
        if let caseId = envelope.caseId { give(caseId) { $0.next("Episode ") } }
        for worker in [envelope.actor.recordedBy, envelope.actor.decidedBy, envelope.actor.authorisedBy]
            .compactMap({ $0 })
            + (entry.event.corrections + [entry.event.retraction].compactMap { $0 }).map(\.recordedBy)
        {
            give(worker) { $0.nextLettered("Worker ") }
        }
        if let team = envelope.actor.team { give(team) { $0.nextLettered("Team ") } }
        if let agency = envelope.actor.agency { give(agency) { $0.agencyLabel(agency) } }
        for (name, value) in ChildChronology.codedFields(entry.event.effective.dataFields)
        where Self.isAgencyField(name) {
            for agency in value.split(separator: ";").map(String.init) { give(agency) { $0.agencyLabel(agency) } }
        }
    }

    /// Sets a label for `id` unless it has one (the label is computed only when needed).
    mutating func give(_ id: String, _ makeLabel: (Pseudonyms) -> String) {
        guard labels[id] == nil else { return }
        let label = makeLabel(self)
        labels[id] = label
    }

    /// `prefix` + the next unused number (`Sibling 3`).
    private func next(_ prefix: String) -> String {
        var number = 1
        while labels.values.contains(prefix + String(number)) { number += 1 }
        return prefix + String(number)
    }

    /// `prefix` + the next unused letter sequence (`Worker A` … `Worker Z`, `Worker AA` …).
    func nextLettered(_ prefix: String) -> String {
        var number = 0
        while labels.values.contains(prefix + Self.letters(number)) { number += 1 }
        return prefix + Self.letters(number)
    }

    func agencyLabel(_ agency: String) -> String {
        Self.sectors[agency.lowercased()].map { "Agency: " + $0 } ?? nextLettered("Agency ")
    }

    /// 0 → A, 25 → Z, 26 → AA.
    static func letters(_ number: Int) -> String {
        let scalar = String(UnicodeScalar(UInt8(65 + number % 26)))
        return number < 26 ? scalar : letters(number / 26 - 1) + scalar
    }

    static func rolePrefix(_ role: HouseholdRole) -> String {
        switch role {
        case .child: "Sibling "
        case .parent: "Parent "
        case .carer: "Carer "
        case .partner: "Parent's partner "
        case .otherAdult: "Adult "
        }
    }

    /// Generic sector codes, which name a kind of organisation and no one in particular.
    static let sectors: [String: String] = [
        "csc": "Children's social care", "police": "Police", "health": "Health", "education": "Education",
        "probation": "Probation", "housing": "Housing", "school": "Education",
    ]

    /// Whether a payload field holds agency ids.
    static func isAgencyField(_ name: String) -> Bool {
        let lowered = name.lowercased()
        return lowered.hasSuffix("agency") || lowered.hasSuffix("agencies")
    }

    /// Whether a payload field holds identifiers or references (shown only through labels).
    static func isIdentifierField(_ name: String) -> Bool {
        let lowered = name.lowercased()
        return identifierFieldSuffixes.contains { lowered.hasSuffix($0) }
    }

    private static let identifierFieldSuffixes = [
        "id", "ids", "by", "ref", "refs", "agency", "agencies", "authority", "reference", "leadrole", "series",
        "version",
    ]
}
