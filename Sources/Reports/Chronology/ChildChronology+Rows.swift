import CaseModel
import LedgerCalendar
import TextFormats

extension ChildChronology {
    /// One entry as the text shown in every format, identifiers passed through the pseudonyms.
    public struct Row: Hashable, Sendable {
        /// Valid date, with the London time where known (`2014-03-04 10:15`).
        public var valid: String
        /// Record date and London time (`2014-04-03 16:02`).
        public var recorded: String
        /// Recording lag in working days, or `?`.
        public var lag: String
        /// The child (or household) the event is about.
        public var subject: String
        /// The event type.
        public var event: String
        /// `agency / team / worker`.
        public var actor: String
        /// Decision-maker and authoriser, where recorded.
        public var decision: String
        /// The recorded rationale (withheld under pseudonyms).
        public var rationale: String
        /// The coded fields (`name=value`).
        public var outcome: String
        /// `started …; stopped …; breached …`.
        public var clocks: String
        /// The ledger position.
        public var position: String
        /// `` / `corrected` / `retracted`.
        public var status: String
        /// What corrections replaced and why, and when and why it was retracted.
        public var revisions: String
        /// Whether a shown clock was breached by this event.
        public var isBreach: Bool
    }

    /// Column titles, in the order of `Row.fields`.
    public static let columnTitles = [
        "valid", "recorded", "lag_wd", "subject", "event", "agency_team_worker", "decision", "rationale", "outcome",
        "clocks", "position", "status", "revisions",
    ]

    /// The rows of every entry, labelled with `pseudonyms`.
    public func rows(_ pseudonyms: Pseudonyms) -> [Row] {
        let positionsById = Dictionary(
            entries.map { ($0.event.effective.eventId, $0.position) }, uniquingKeysWith: { first, _ in first })
        return entries.map { row(for: $0, pseudonyms: pseudonyms, positionsById: positionsById) }
    }

    private func row(for entry: Entry, pseudonyms: Pseudonyms, positionsById: [String: UInt64]) -> Row {
        let envelope = entry.envelope
        let actor = envelope.actor
        let decision = [
            actor.decidedBy.map { "decided by " + pseudonyms.label($0) },
            actor.authorisedBy.map { "authorised by " + pseudonyms.label($0) },
        ].compactMap { $0 }.joined(separator: "; ")
        let clocks = [
            ("started", entry.clocksStarted), ("stopped", entry.clocksStopped), ("BREACHED", entry.clocksBreached),
        ].filter { !$0.1.isEmpty }.map { "\($0.0) \($0.1.joined(separator: ", "))" }.joined(separator: "; ")
        return Row(
            valid: Self.validText(entry), recorded: Self.instantText(envelope.recordedAt),
            lag: entry.recordingLagWorkingDays.map(String.init) ?? "?",
            subject: pseudonyms.label(entry.event.subjectId), event: entry.typeName,
            actor: [actor.agency, actor.team, actor.recordedBy].map { $0.map(pseudonyms.label) ?? "-" }
                .joined(separator: " / "),
            decision: decision, rationale: pseudonyms.freeText(envelope.rationale) ?? "",
            outcome: Self.fieldsText(entry.event.effective.dataFields, pseudonyms, positionsById),
            clocks: clocks, position: String(entry.position),
            status: entry.event.isRetracted ? "retracted" : entry.isCorrected ? "corrected" : "",
            revisions: revisionsText(entry.event, pseudonyms, positionsById), isBreach: !entry.clocksBreached.isEmpty)
    }

    private func revisionsText(_ event: ReplayedEvent, _ pseudonyms: Pseudonyms, _ positionsById: [String: UInt64])
        -> String
    {
        var notes = event.corrections.map { revision in
            let was = revision.replaced.map {
                "was \($0.validDate) \($0.typeName) \(Self.fieldsText($0.fields, pseudonyms, positionsById))"
            }
            return "corrected \(Self.instantText(revision.recordedAt)) by \(pseudonyms.label(revision.recordedBy))"
                + " (@\(revision.position)): \(was ?? "")" + reasonText(revision, pseudonyms)
        }
        if let retraction = event.retraction {
            notes.append(
                "retracted \(Self.instantText(retraction.recordedAt)) by \(pseudonyms.label(retraction.recordedBy))"
                    + " (@\(retraction.position))" + reasonText(retraction, pseudonyms))
        }
        return notes.joined(separator: " | ")
    }

    private func reasonText(_ revision: Revision, _ pseudonyms: Pseudonyms) -> String {
        pseudonyms.freeText(revision.reason).map { "; reason: \($0)" } ?? ""
    }

    /// Coded fields, `name=value` separated by spaces; identifiers through the pseudonyms, references to shown
    /// events as `@position`.
    static func fieldsText(_ fields: [String: JSONValue], _ pseudonyms: Pseudonyms, _ positionsById: [String: UInt64])
        -> String
    {
        Self.codedFields(fields).map { name, value in
            guard pseudonyms.isActive, Pseudonyms.isIdentifierField(name) || pseudonyms.labels[value] != nil else {
                return "\(name)=\(value)"
            }
            let items = value.split(separator: ";").map { item in
                positionsById[String(item)].map { "@\($0)" } ?? pseudonyms.label(String(item))
            }
            return "\(name)=" + items.joined(separator: ";")
        }.joined(separator: " ")
    }

    /// `2014-03-04`, or `2014-03-04 10:15` (London) when the instant is known.
    static func validText(_ entry: Entry) -> String {
        entry.envelope.occurredAt.map(instantText) ?? entry.occurredOn.description
    }

    /// `2014-04-03 16:02` (London wall clock).
    static func instantText(_ instant: Instant) -> String {
        let time = instant.londonTime
        return "\(instant.londonDate) \(twoDigits(time.hour)):\(twoDigits(time.minute))"
    }

    private static func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }

    /// The row's fields in `columnTitles` order.
    public static func fields(of row: Row) -> [String] {
        [
            row.valid, row.recorded, row.lag, row.subject, row.event, row.actor, row.decision, row.rationale,
            row.outcome, row.clocks, row.position, row.status, row.revisions,
        ]
    }
}
