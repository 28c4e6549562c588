import CaseModel
import LedgerCalendar
import Projections
import Rulebooks

@testable import Reports

/// A household H1 (children C1 and C2, parent A1) and C1's spring 2014: a strategy discussion, an s47
/// whose date is corrected on 15 March, a visit on 4 March recorded only on 3 April, and a visit on 10 March
/// retracted on 25 March. Every event is appended an hour after it was recorded (live appends).
struct ChronologyFixture {
    private(set) var events: [LedgerEvent] = []

    init() {
        let joined = { (person: String, role: HouseholdRole) in
            HouseholdMembershipChanged(personId: person, role: role, change: .joined)
        }
        add("M1", household: "H1", on: "2014-01-02", recorded: "2014-01-02", joined("C1", .child))
        add("M2", household: "H1", on: "2014-01-02", recorded: "2014-01-02", joined("C2", .child))
        add("M3", household: "H1", on: "2014-01-02", recorded: "2014-01-02", joined("A1", .parent))
        add("R1", child: "C1", householdId: "H1", on: "2014-01-02", recorded: "2014-01-02", registration)
        add(
            "SD", child: "C1", on: "2014-03-03", recorded: "2014-03-03",
            StrategyDiscussionHeld(form: .meeting, initiatesSection47: true, attendingAgencies: ["police", "health"]),
            rationale: "Concerns raised by Jane Example")
        add(
            "S47", child: "C1", on: "2014-03-03", recorded: "2014-03-04",
            Section47Started(strategyDiscussionEventId: "SD", jointWithPolice: true))
        add("V2", child: "C1", on: "2014-03-10", recorded: "2014-03-10", Self.visit)
        add(
            "FIX", child: "C1", on: "2014-03-15", recorded: "2014-03-15",
            EventCorrected(
                correctedEventId: "S47", reason: "wrong date",
                replacement: EventReplacement(
                    occurredOn: CivilDate(iso8601: "2014-03-04")!,
                    data: Section47Started(strategyDiscussionEventId: "SD", jointWithPolice: true))))
        add(
            "RET", child: "C1", on: "2014-03-25", recorded: "2014-03-25",
            EventRetracted(retractedEventId: "V2", retractedType: "StatutoryVisitMade", reason: "entered on wrong file")
        )
        add("V1", child: "C1", on: "2014-03-04", recorded: "2014-04-03", Self.visit)
        add("R2", child: "C2", householdId: "H1", on: "2014-01-02", recorded: "2014-01-02", registration)
        add("V3", child: "C2", on: "2014-03-05", recorded: "2014-03-05", Self.visit)
    }

    static let visit = StatutoryVisitMade(visitKind: .childProtection, childSeen: true, childSeenAlone: false)
    private var registration: ChildRegistered {
        ChildRegistered(birthDate: CivilDate(iso8601: "2010-05-01")!, ethnicity: .whiteBritish, disabilities: [.none])
    }

    /// Every identifier in the fixture (for leak checks).
    static let identifiers = [
        "C1", "C2", "A1", "H1", "SD", "S47", "V1", "V2", "FIX", "RET", "M1", "M2", "M3", "R1", "R2", "V3", "W-101",
        "W-102", "T-7", "Jane", "Example",
    ]

    private mutating func add(
        _ id: String, child: String? = nil, household: String? = nil, householdId: String? = nil, on date: String,
        recorded: String, _ data: any EventData, rationale: String? = nil
    ) {
        let recordedAt = Instant(utcDate: CivilDate(iso8601: recorded)!, hour: 12)
        let envelope = EventEnvelope(
            eventId: id, childId: child, householdId: household ?? householdId, occurredOn: CivilDate(iso8601: date)!,
            recordedAt: recordedAt, actor: Actor(recordedBy: "W-101", team: "T-7", agency: "csc", decidedBy: "W-102"),
            rationale: rationale)
        events.append(
            LedgerEvent(
                position: UInt64(events.count), chainHash: [UInt8](repeating: 1, count: 32),
                ledgerTimestampNanoseconds: (recordedAt.secondsSinceEpoch + 3_600) * 1_000_000_000,
                event: try! CaseEvent(envelope: envelope, data: data)))
    }

    /// The chronology of C1 under `times`.
    func chronology(
        knownAt: String? = nil, asOf: String? = nil, household: Bool = false,
        filter: ChronologyFilter = ChronologyFilter()
    ) throws -> ChildChronology {
        let times = ReplayTimes(
            knownAt: knownAt.map { Instant(iso8601: $0)! }, asOf: asOf.map { CivilDate(iso8601: $0)! })
        return try ChildChronology.build(
            ChronologyRequest(childId: "C1", times: times, filter: filter, includesHousehold: household),
            engine: ClockEngine(rulebooks: .shipped), fallbackJudgementDate: CivilDate(iso8601: "2014-06-30")!,
            provenance: ChronologyProvenance(ledgerHead: nil, ledgerAtKnownAt: nil, streams: []),
            readStream: { name in events.filter { $0.event.streamID == name } })
    }
}
