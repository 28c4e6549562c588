import CaseModel
import LedgerCalendar
import Projections
import Reports
import Rulebooks
import SeededRandom
import SyntheticAuthority
import Testing

/// The property behind every figure: case state, clocks and the compliance report are a function of the
/// SET of events. A synthetic authority is folded in generation order and again with each child's events
/// shuffled (seeded, bounded), and every output must be byte-identical once ledger positions (which name
/// records, and so differ between the two ledgers) are mapped back to the same events.
///
/// Each shuffle keeps every file importable: episode starts and ends keep their date order (ties broken
/// at random), because the importer pairs episode boundaries in stream order; every other event, including
/// corrections and retractions (which the importer resolves within a run), goes anywhere.
@Suite struct ShuffledImportTests {
    static let childCount = 150
    static let shuffleSeeds: [UInt64] = [1, 2, 3]

    /// The generated events, in generation order.
    static let events: [CaseEvent] = {
        var events: [CaseEvent] = []
        let parameters = Fixture.parameters(seed: 8_080, childCount: childCount)
        _ = try! SyntheticAuthority(parameters: parameters).generate { events.append($0) }
        return events
    }()

    /// Everything the property compares, with positions mapped to the baseline ledger's.
    struct Outputs: Equatable {
        var caseStates: [CaseState]
        var clocks: [Clock]
        var complianceJSON: String
        var complianceCSV: String
        var complianceTable: String
    }

    @Test(arguments: shuffleSeeds)
    func shufflingEachChildsEventsChangesNoCaseStateClockOrComplianceFigure(seed: UInt64) throws {
        let baseline = try Self.outputs(of: Self.events, baselinePositions: Self.positions(of: Self.events))
        let shuffled = Self.shuffledPerChild(Self.events, seed: seed)
        #expect(shuffled.map(\.eventId) != Self.events.map(\.eventId), "seed \(seed) must move events")
        let outputs = try Self.outputs(of: shuffled, baselinePositions: Self.positions(of: Self.events))
        #expect(Self.firstDifference(outputs.caseStates, baseline.caseStates) == nil, "seed \(seed): case state")
        #expect(Self.firstDifference(outputs.clocks, baseline.clocks) == nil, "seed \(seed): clocks")
        for (name, text, expected) in [
            ("JSON", outputs.complianceJSON, baseline.complianceJSON),
            ("CSV", outputs.complianceCSV, baseline.complianceCSV),
            ("table", outputs.complianceTable, baseline.complianceTable),
        ] {
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            let difference = Self.firstDifference(lines, expected.split(separator: "\n", omittingEmptySubsequences: false))
            #expect(difference == nil, "seed \(seed): compliance \(name) differs from line \((difference ?? 0) + 1)")
        }
        #expect(baseline.clocks.count > 500 && baseline.complianceJSON.contains("breach"))
    }

    /// The index of the first element that differs (or where one list ends early); nil when equal. Keeps a
    /// failure message short: the lists are thousands of elements long.
    static func firstDifference<T: Equatable>(_ a: [T], _ b: [T]) -> Int? {
        if let index = a.indices.first(where: { $0 < b.count && a[$0] != b[$0] }) { return index }
        return a.count == b.count ? nil : min(a.count, b.count)
    }

    static func positions(of events: [CaseEvent]) -> [String: UInt64] {
        Dictionary(uniqueKeysWithValues: events.enumerated().map { ($0.element.eventId, UInt64($0.offset)) })
    }

    /// Each child's events permuted in place: the slots a child's events occupy stay the child's.
    static func shuffledPerChild(_ events: [CaseEvent], seed: UInt64) -> [CaseEvent] {
        var random = SplitMix64(seed: seed)
        var byChild: [String: [CaseEvent]] = [:]
        for event in events { if let child = event.envelope.childId { byChild[child, default: []].append(event) } }
        var queues: [String: [CaseEvent]] = [:]
        for child in byChild.keys.sorted() { queues[child] = importableShuffle(byChild[child]!, random: &random) }
        return events.map { event in
            guard let child = event.envelope.childId else { return event }
            return queues[child]!.removeFirst()
        }
    }

    /// A random order that keeps episode boundaries in date order (ties at random).
    static func importableShuffle(_ events: [CaseEvent], random: inout SplitMix64) -> [CaseEvent] {
        let keyed = events.map { ($0, random.next()) }
        let boundaries = keyed.filter { type(of: $0.0.data).episodeBoundary != nil }
            .sorted { ($0.0.envelope.occurredOn, $0.1) < ($1.0.envelope.occurredOn, $1.1) }.map(\.0)
        let others = keyed.filter { type(of: $0.0.data).episodeBoundary == nil }.sorted { $0.1 < $1.1 }.map(\.0)
        var slots = Array(repeating: true, count: boundaries.count) + Array(repeating: false, count: others.count)
        for index in slots.indices.reversed() where index > 0 {
            slots.swapAt(index, Int(random.next() % UInt64(index + 1)))
        }
        var nextBoundary = boundaries.makeIterator()
        var nextOther = others.makeIterator()
        return slots.map { $0 ? nextBoundary.next()! : nextOther.next()! }
    }

    static func outputs(of events: [CaseEvent], baselinePositions: [String: UInt64]) throws -> Outputs {
        let ledger = events.enumerated().map { index, event in
            LedgerEvent(position: UInt64(index), chainHash: [], ledgerTimestampNanoseconds: 0, event: event)
        }
        let state = try ProjectionState.rebuild(from: ledger)
        let toBaseline = { (position: UInt64) in baselinePositions[events[Int(position)].eventId]! }
        let engine = ClockEngine(rulebooks: .shipped)
        var caseStates: [CaseState] = []
        var clocks: [Clock] = []
        for childId in state.childIds {
            let history = state.children[childId]!
            caseStates.append(CaseState.project(history))
            clocks += try engine.clocks(for: history, asOf: Fixture.endDate).map { $0.mapped(toBaseline) }
        }
        let parameters = ComplianceParameters(
            from: CivilDate(year: 2013, month: 4, day: 1)!, to: Fixture.endDate, asOf: Fixture.endDate,
            generatedAt: "2016-04-01T00:00:00Z")
        let report = try ComplianceReport.build(state: state, rulebooks: .shipped, parameters: parameters)
            .mapped(toBaseline)
        return Outputs(
            caseStates: caseStates, clocks: clocks, complianceJSON: report.renderJSON(),
            complianceCSV: report.renderCSV(), complianceTable: report.renderTable())
    }
}

extension Clock {
    func mapped(_ position: (UInt64) -> UInt64) -> Clock {
        var clock = self
        clock.startPosition = position(startPosition)
        clock.stopPosition = stopPosition.map(position)
        return clock
    }
}

extension ComplianceReport {
    func mapped(_ position: (UInt64) -> UInt64) -> ComplianceReport {
        var report = self
        report.clocks = clocks.map { row in
            var row = row
            row.clock = row.clock.mapped(position)
            return row
        }
        report.breaches = breaches.map { row in
            var row = row
            row.clock = row.clock.mapped(position)
            return row
        }
        report.unpairedStops = unpairedStops.map { row in
            var row = row
            row.stop.position = position(row.stop.position)
            return row
        }
        report.lateRecords = lateRecords.map { row in
            var row = row
            row.record.position = position(row.record.position)
            return row
        }
        return report
    }
}
