import CaseModel
import LedgerCalendar
import Projections

/// What a chronology is asked for: the child, the two times, which entries, whether the household is merged.
public struct ChronologyRequest: Hashable, Sendable {
    /// The child.
    public var childId: String
    /// Knowledge time and valid date.
    public var times: ReplayTimes
    /// Which entries are shown.
    public var filter: ChronologyFilter
    /// Whether the household's membership and the siblings' streams are merged in.
    public var includesHousehold: Bool

    /// Creates a request.
    public init(
        childId: String, times: ReplayTimes, filter: ChronologyFilter = ChronologyFilter(),
        includesHousehold: Bool = false
    ) {
        self.childId = childId
        self.times = times
        self.filter = filter
        self.includesHousehold = includesHousehold
    }
}

/// A chronology that cannot be built: what is missing (ids are the ones the user typed, never case content).
///
/// The engine's error shape (code, message, cause, site; see `EventStoreError`). Two errors compare equal
/// when their codes are equal.
public struct ChronologyError: Error, Sendable, CustomStringConvertible {
    /// What went wrong.
    public enum Code: String, Sendable {
        /// The child has no stream in the ledger.
        case childNotFound
        /// `--household` was asked for, but no event of the child known at the time names a household.
        case householdNotFound
    }

    /// What went wrong.
    public var code: Code
    /// Where and why.
    public var message: String
    /// The underlying error, when there is one.
    public var cause: (any Error)?
    /// Where the error was raised (`#fileID:#line`).
    public var site: String

    /// Creates an error; `site` is filled in from the caller's location.
    public init(
        _ code: Code, _ message: String, cause: (any Error)? = nil, fileID: String = #fileID, line: Int = #line
    ) {
        self.code = code
        self.message = message
        self.cause = cause
        self.site = "\(fileID):\(line)"
    }

    /// The message (it names what is missing), followed by the cause when there is one.
    public var description: String { message + (cause.map { " (cause: \($0))" } ?? "") }
}

extension ChronologyError: Equatable {
    /// Equal when the codes are equal.
    public static func == (lhs: ChronologyError, rhs: ChronologyError) -> Bool { lhs.code == rhs.code }
}

extension ChildChronology {
    /// Reads the streams `request` needs through `readStream` (a per-stream index lookup, never a log scan),
    /// replays them and builds the chronology.
    ///
    /// The household is found from the child: the latest event of the child's stream known at the knowledge
    /// time whose envelope names a `householdId`. Siblings are the household's members with role `child`.
    /// - Parameters:
    ///   - readStream: the events of a stream in ledger order (empty when it has none).
    ///   - fallbackJudgementDate: the date clocks are judged on when neither time is given.
    /// - Throws: `ChronologyError` for a missing child or household; `ProjectionError` from the replay or the
    ///   clocks; whatever `readStream` throws.
    public static func build(
        _ request: ChronologyRequest, engine: ClockEngine, fallbackJudgementDate: CivilDate,
        provenance: ChronologyProvenance, readStream: (String) throws -> [LedgerEvent]
    ) throws -> ChildChronology {
        let childStream = StreamKind.child.prefix + request.childId
        let events = try readStream(childStream)
        guard !events.isEmpty else {
            throw ChronologyError(.childNotFound, "no stream \(childStream) in the ledger")
        }
        var replays = [try ChildReplay.replay(childId: request.childId, stream: events, times: request.times)]
        var streams = [childStream]
        var household: HouseholdReplay?
        if request.includesHousehold {
            guard
                let householdId = events.filter(request.times.isKnown).last(where: {
                    $0.event.envelope.householdId != nil
                })?.event.envelope.householdId
            else {
                throw ChronologyError(
                    .householdNotFound,
                    "no event of \(childStream) known at that time names a household (envelope householdId)")
            }
            let householdStream = StreamKind.household.prefix + householdId
            streams.append(householdStream)
            let replay = try HouseholdReplay.replay(
                householdId: householdId, stream: try readStream(householdStream), times: request.times)
            household = replay
            for member in replay.members where member.role == .child && member.personId != request.childId {
                let siblingStream = StreamKind.child.prefix + member.personId
                streams.append(siblingStream)
                replays.append(
                    try ChildReplay.replay(
                        childId: member.personId, stream: try readStream(siblingStream), times: request.times))
            }
        }
        var provenance = provenance
        provenance.streams = streams
        return try build(
            childId: request.childId, replays: replays, household: household, times: request.times,
            judgedOn: request.times.judgementDate(fallback: fallbackJudgementDate), filter: request.filter,
            engine: engine, provenance: provenance)
    }
}
