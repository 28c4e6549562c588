import CaseModel
import LedgerCalendar
import Projections
import Rulebooks
import TextFormats

/// A child's chronology for a serious case review (DOMAIN.md §8.1): every event as known at a time
/// (`ReplayTimes.knownAt`) and dated up to a valid date (`ReplayTimes.asOf`), in the order things happened,
/// with when each was recorded, who did and decided what, the clocks it started, stopped or breached, and
/// the corrections and retractions known at that time. With a household, the siblings' streams and the
/// household's membership events are merged in.
public struct ChildChronology: Hashable, Sendable {
    /// One event in the chronology.
    public struct Entry: Hashable, Sendable {
        /// The event as replayed.
        public var event: ReplayedEvent
        /// When it happened (London date, corrected where a correction was known).
        public var occurredOn: CivilDate
        /// The London date it was written on the case system.
        public var recordedOn: CivilDate
        /// Working days from `occurredOn` to `recordedOn` (nil outside the calendar's years).
        public var recordingLagWorkingDays: Int?
        /// The clocks this event started.
        public var clocksStarted: [String] = []
        /// The clocks this event stopped in time.
        public var clocksStopped: [String] = []
        /// The clocks this event stopped (or ended) after their due date.
        public var clocksBreached: [String] = []

        /// The effective event type.
        public var typeName: String { event.effective.typeName }
        /// The ledger position of the original record.
        public var position: UInt64 { event.effective.position }
        /// True if a correction known at the knowledge time changed it.
        public var isCorrected: Bool { !event.corrections.isEmpty }
        /// The envelope of the effective event.
        public var envelope: EventEnvelope { event.effective.event.envelope }
    }

    /// The child the chronology is about.
    public var childId: String
    /// The knowledge time and the valid date it was built for.
    public var times: ReplayTimes
    /// The date the clocks were judged on.
    public var judgedOn: CivilDate
    /// The household merged in, if asked for.
    public var household: HouseholdReplay?
    /// Which entries are shown.
    public var filter: ChronologyFilter
    /// Positions of events whose record time is after their ledger append time.
    public var recordedAfterAppendPositions: [UInt64]
    /// The events, in valid-time order (then ledger position).
    public var entries: [Entry]
    /// The clocks of the children shown, in start order.
    public var clocks: [Clock]
    /// Where it came from.
    public var provenance: ChronologyProvenance

    /// Builds the chronology of `replays` (the child's first, then siblings'), with `household` merged in.
    ///
    /// - Parameters:
    ///   - filter: which entries to show (a valid-date period, an agency); clocks of hidden events are kept
    ///     only if one of their events is shown.
    /// - Throws: `ProjectionError` from the clock engine (a date outside the calendar, a bad setting).
    public static func build(
        childId: String, replays: [ChildReplay], household: HouseholdReplay?, times: ReplayTimes,
        judgedOn: CivilDate, filter: ChronologyFilter = ChronologyFilter(), engine: ClockEngine,
        provenance: ChronologyProvenance
    ) throws(ProjectionError) -> ChildChronology {
        var clocks: [Clock] = []
        for replay in replays { clocks += try engine.clocks(for: replay.history, asOf: judgedOn) }
        let events = (replays.flatMap(\.events) + (household?.events ?? []))
            .sorted { ValidTimeOrder.precedes($0.effective, $1.effective) }
        let entries = events.map { entry(for: $0, clocks: clocks, calendar: engine.calendar) }.filter(filter.admits)
        let shown = Set(entries.map(\.position))
        let shownClocks = clocks.filter {
            shown.contains($0.startPosition) || $0.stopPosition.map(shown.contains) == true
        }
        .sorted { ($0.startPosition, $0.clockID) < ($1.startPosition, $1.clockID) }
        var provenance = provenance
        provenance.rulebooks = Set(shownClocks.map(\.rulebook)).sorted()
        provenance.calendar = engine.calendar.provenance.description
        return ChildChronology(
            childId: childId, times: times, judgedOn: judgedOn, household: household, filter: filter,
            recordedAfterAppendPositions: replays.flatMap(\.recordedAfterAppendPositions).sorted(), entries: entries,
            clocks: shownClocks, provenance: provenance)
    }

    /// The entry of `event`, with its recording lag and the clocks it started, stopped or breached.
    static func entry(for event: ReplayedEvent, clocks: [Clock], calendar: WorkingDayCalendar) -> Entry {
        let occurredOn = event.effective.validDate
        let recordedOn = event.original.event.envelope.recordedAt.londonDate
        var entry = Entry(
            event: event, occurredOn: occurredOn, recordedOn: recordedOn,
            recordingLagWorkingDays: try? calendar.workingDays(
                from: occurredOn, to: recordedOn, convention: .elapsed, nonWorkingStart: .countFromStart))
        let childId = event.effective.event.envelope.childId
        for clock in clocks where clock.childId == childId {
            if clock.startPosition == event.effective.position { entry.clocksStarted.append(clock.clockID) }
            guard clock.stopPosition == event.effective.position else { continue }
            if case .breached = clock.status {
                entry.clocksBreached.append(clock.clockID)
            } else if clock.ending == .endedAfterDue {
                entry.clocksBreached.append(clock.clockID)
            } else {
                entry.clocksStopped.append(clock.clockID)
            }
        }
        return entry
    }

    /// Scalar fields that carry codes, dates, flags or counts, as `(name, value)` in name order; free text
    /// and nested values are left out.
    static func codedFields(_ fields: [String: JSONValue]) -> [(name: String, value: String)] {
        fields.keys.sorted().compactMap { name in
            switch fields[name]! {
            case .bool(let flag): return (name, "\(flag)")
            case .integer(let number): return (name, "\(number)")
            case .string(let text) where text.count <= codedTextLengthMax && !text.contains(" "):
                return (name, text)
            case .array(let items) where !items.isEmpty && items.allSatisfy({ $0.stringValue != nil }):
                return (name, items.compactMap(\.stringValue).joined(separator: ";"))
            default: return nil
            }
        }
    }

    /// Longest string value shown (codes and ids are short; anything longer is narrative).
    static let codedTextLengthMax = 24
}

/// Which entries a chronology shows.
public struct ChronologyFilter: Hashable, Sendable {
    /// First valid date shown (inclusive), if any.
    public var from: CivilDate?
    /// Last valid date shown (inclusive), if any.
    public var to: CivilDate?
    /// Only events recorded by this agency, if any.
    public var agency: String?

    /// Creates a filter; the default shows everything.
    public init(from: CivilDate? = nil, to: CivilDate? = nil, agency: String? = nil) {
        self.from = from
        self.to = to
        self.agency = agency
    }

    /// Whether `entry` is shown.
    func admits(_ entry: ChildChronology.Entry) -> Bool {
        if let from, entry.occurredOn < from { return false }
        if let to, entry.occurredOn > to { return false }
        if let agency, entry.envelope.actor.agency != agency { return false }
        return true
    }
}

/// Where a chronology comes from: enough to reproduce and verify it.
public struct ChronologyProvenance: Hashable, Sendable {
    /// A ledger position and its chain hash (lowercase hex).
    public struct LedgerPoint: Hashable, Sendable {
        /// The position.
        public var position: UInt64
        /// The chain hash at `position`.
        public var chainHash: String

        /// Creates a point.
        public init(position: UInt64, chainHash: String) {
            self.position = position
            self.chainHash = chainHash
        }
    }

    /// The ledger's last position when it was read; nil for an empty ledger.
    public var ledgerHead: LedgerPoint?
    /// The last position appended by the knowledge time; nil without a knowledge time or when the ledger
    /// held nothing then.
    public var ledgerAtKnownAt: LedgerPoint?
    /// The streams read, in order.
    public var streams: [String]
    /// Every rulebook a shown clock was measured under (filled in by `build`).
    public var rulebooks: [RulebookReference] = []
    /// The calendar (filled in by `build`).
    public var calendar: String = ""

    /// Creates a provenance.
    public init(ledgerHead: LedgerPoint?, ledgerAtKnownAt: LedgerPoint?, streams: [String]) {
        self.ledgerHead = ledgerHead
        self.ledgerAtKnownAt = ledgerAtKnownAt
        self.streams = streams
    }
}
