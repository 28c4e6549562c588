import CaseModel
import LedgerCalendar
import SyntheticAuthority

/// A generated authority shared by the calibration, invariant and content tests (generated once).
enum Fixture {
    /// The seed of the shared sample; every failure message names it.
    static let seed: UInt64 = 20_130_415
    /// The 2012-04-01 … 2016-03-31 window spans the 15 April 2013 WT2010 → WT2013 switchover.
    static let startDate = CivilDate(year: 2012, month: 4, day: 1)!
    static let endDate = CivilDate(year: 2016, month: 3, day: 31)!
    static let childCount = 3_000

    static func parameters(seed: UInt64 = seed, childCount: Int = childCount) -> AuthorityParameters {
        AuthorityParameters(seed: seed, childCount: childCount, startDate: startDate, endDate: endDate)
    }

    /// The shared sample: its JSONL lines (without `\n`), events, and summary.
    static let sample: Sample = {
        var lines: [[UInt8]] = []
        var events: [CaseEvent] = []
        let summary = try! SyntheticAuthority(parameters: parameters()).generate { event in
            events.append(event)
            lines.append(event.canonicalBytes)
        }
        return Sample(lines: lines, events: events, summary: summary, eventsByChild: groupByChild(events))
    }()

    /// All bytes of a run, for determinism checks.
    static func bytes(of parameters: AuthorityParameters) throws -> [UInt8] {
        var bytes: [UInt8] = []
        try SyntheticAuthority(parameters: parameters).generateLines { bytes += $0 }
        return bytes
    }
}

struct Sample {
    let lines: [[UInt8]]
    let events: [CaseEvent]
    let summary: GenerationSummary
    /// Each child's events in valid-time order (see `groupByChild`).
    let eventsByChild: [String: [CaseEvent]]

    /// Payloads of type `T`, with their envelopes.
    func all<T: EventData>(_ type: T.Type) -> [(envelope: EventEnvelope, data: T)] {
        events.compactMap { event in event.data(as: type).map { (event.envelope, $0) } }
    }
}

/// Each child's events in valid-time order; within a day, in generation order (the event id's sequence
/// number), which is the journey order (ICPC before plan start, final review before plan end).
func groupByChild(_ events: [CaseEvent]) -> [String: [CaseEvent]] {
    var byChild: [String: [CaseEvent]] = [:]
    for event in events {
        if let child = event.envelope.childId { byChild[child, default: []].append(event) }
    }
    return byChild.mapValues { list in
        list.sorted { ($0.envelope.occurredOn, $0.eventId) < ($1.envelope.occurredOn, $1.eventId) }
    }
}

/// Working days under the DfE statistics convention (elapsed, same day = 0).
func workingDays(from start: CivilDate, to end: CivilDate) -> Int {
    try! WorkingDayCalendar.englandAndWales.workingDays(
        from: start, to: end, convention: .elapsed, nonWorkingStart: .countFromStart)
}

/// `part ÷ whole`, 0 for an empty whole.
func share(_ part: Int, of whole: Int) -> Double { whole == 0 ? 0 : Double(part) / Double(whole) }
