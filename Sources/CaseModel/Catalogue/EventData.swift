import LedgerCalendar

/// The type-specific part of an event (the JSON `data` object). One conforming struct per event type.
public protocol EventData: Codable, Hashable, Sendable {
    /// The `type` string, e.g. `ReferralReceived`. Unique across the catalogue.
    static var typeName: String { get }
    /// The current schema version of this type (the only one decoding accepts until an upcaster exists).
    static var schemaVersion: Int { get }
    /// Which family of streams events of this type go to.
    static var streamKind: StreamKind { get }
    /// Whether this type opens or closes an episode; nil if neither.
    static var episodeBoundary: EpisodeBoundary? { get }
    /// Whether the type needs `occurredAt` (an instant) because hour-based rules measure it.
    static var requiresInstant: Bool { get }

    /// The stream kind of this value: `streamKind`, except for corrections and retractions, which go to
    /// the stream of the event they supersede.
    var targetStreamKind: StreamKind { get }

    /// Rules on this payload alone (given its envelope). Paths start with `data.`.
    func issues(in envelope: EventEnvelope) -> [ValidationIssue]
}

extension EventData {
    /// Most types neither open nor close an episode.
    public static var episodeBoundary: EpisodeBoundary? { nil }
    /// Most types are date-precision.
    public static var requiresInstant: Bool { false }
    /// The type's own stream kind.
    public var targetStreamKind: StreamKind { Self.streamKind }
    /// No payload rules by default.
    public func issues(in envelope: EventEnvelope) -> [ValidationIssue] { [] }

    /// True if `other` is the same type and equal.
    func isEqual(to other: any EventData) -> Bool { (other as? Self) == self }
}
