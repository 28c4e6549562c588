import CaseModel
import LedgerCalendar
import Projections
import Rulebooks
import TextFormats

/// One child's history as now known (corrections applied, retractions removed), in the order things
/// happened, with when each was recorded and the timescale clocks that ran along the way.
///
/// The first cut of the SCR reviewer's chronology (DOMAIN.md §8.1): "as-occurred" only; the bitemporal
/// "as known at T" view and the household chronology build on the same rows.
public struct ChildChronology: Hashable, Sendable {
    /// One event in the chronology.
    public struct Entry: Hashable, Sendable {
        /// When it happened (London date).
        public var occurredOn: CivilDate
        /// The event type.
        public var typeName: String
        /// Its coded fields, `name=value`, in name order (free text and nested values are left out).
        public var codedFields: String
        /// The London date it was written on the case system.
        public var recordedOn: CivilDate
        /// Working days from `occurredOn` to `recordedOn` (nil outside the calendar's years).
        public var recordingLagWorkingDays: Int?
        /// The ledger position of the event.
        public var position: UInt64
        /// True if a later correction changed it (its date or content as shown is the corrected one).
        public var isCorrected: Bool
    }

    /// The child.
    public var childId: String
    /// The events, in valid-time order.
    public var entries: [Entry]
    /// The clocks of the child, in start order.
    public var clocks: [Clock]

    /// Builds the chronology of `history`, with clocks judged as of `asOf`.
    /// - Throws: `ProjectionError` from the clock engine (a date outside the calendar, a bad setting).
    public static func build(
        _ history: ChildHistory, engine: ClockEngine, asOf: CivilDate, calendar: WorkingDayCalendar
    ) throws(ProjectionError) -> ChildChronology {
        let entries = history.eventsInValidTimeOrder().map { effective in
            let recordedOn = effective.event.envelope.recordedAt.londonDate
            return Entry(
                occurredOn: effective.validDate, typeName: effective.typeName,
                codedFields: codedFields(effective.dataFields), recordedOn: recordedOn,
                recordingLagWorkingDays: try? calendar.workingDays(
                    from: effective.validDate, to: recordedOn, convention: .elapsed, nonWorkingStart: .countFromStart),
                position: effective.position, isCorrected: !effective.correctionPositions.isEmpty)
        }
        let clocks = try engine.clocks(for: history, asOf: asOf).sorted { $0.startPosition < $1.startPosition }
        return ChildChronology(childId: history.childId, entries: entries, clocks: clocks)
    }

    /// Scalar fields that carry codes, dates, flags or counts; free text stays out of a summary line.
    static func codedFields(_ fields: [String: JSONValue]) -> String {
        fields.keys.sorted().compactMap { name in
            switch fields[name]! {
            case .bool(let flag): return "\(name)=\(flag)"
            case .integer(let number): return "\(name)=\(number)"
            case .string(let text) where text.count <= codedTextLengthMax && !text.contains(" "):
                return "\(name)=\(text)"
            case .array(let items) where !items.isEmpty && items.allSatisfy({ $0.stringValue != nil }):
                return "\(name)=" + items.compactMap(\.stringValue).joined(separator: ";")
            default: return nil
            }
        }.joined(separator: " ")
    }

    /// Longest string value shown (codes and ids are short; anything longer is narrative).
    static let codedTextLengthMax = 24
}
