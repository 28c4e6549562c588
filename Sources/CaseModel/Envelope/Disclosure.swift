/// Who an event's content is withheld from, why and on whose authority (DOMAIN.md §3.1, §9 "Disclosure
/// control"): strategy discussions decide what is *not* shared with the family while a police
/// investigation is live (001; 003). Subject-access and family-facing outputs honour it.
public struct Disclosure: Hashable, Sendable, Codable {
    /// Who must not see the content; at least one audience.
    public var withheldFrom: [DisclosureAudience]
    /// Why (free text; never repeated in errors or logs).
    public var reason: String?
    /// The id of the person who authorised withholding (e.g. the conference chair or the police lead).
    public var authorisedBy: String?

    /// Creates a restriction.
    public init(withheldFrom: [DisclosureAudience], reason: String? = nil, authorisedBy: String? = nil) {
        self.withheldFrom = withheldFrom
        self.reason = reason
        self.authorisedBy = authorisedBy
    }
}

/// An audience an event's content can be withheld from (DOMAIN.md §3.1).
public enum DisclosureAudience: String, CodeList {
    /// The child's family (parents and carers). / The child.
    case family, child
    /// `DisclosureAudience`.
    public static let listName = "DisclosureAudience"
}

/// How precisely `occurredOn` is known (DOMAIN.md §3.1). Absent means a date, or an instant when `occurredAt`
/// is present. Month precision (action plans give "May 2017", 000, 004) dates the event on the month's first day.
public enum OccurrencePrecision: String, CodeList {
    /// `occurredAt` is the instant. / `occurredOn` is the day. / Only the month of `occurredOn` is known.
    case instant, date, month
    /// `OccurrencePrecision`.
    public static let listName = "OccurrencePrecision"
}
