import CaseModel
import LedgerCalendar
import Projections
import Reports
import Rulebooks
import SyntheticAuthority
import Testing

/// Answers from a checkpoint equal answers from a rebuild: a synthetic authority (several seeds) is folded
/// once from position 0, and again from the checkpoint of a prefix (written to bytes, read back) plus the
/// events after it; the states, the compliance report, the annual report and the census export must be
/// identical, byte for byte where they are bytes.
@Suite struct CheckpointEquivalenceTests {
    static let childCount = 60

    static func ledger(seed: UInt64) throws -> [LedgerEvent] {
        var events: [CaseEvent] = []
        _ = try SyntheticAuthority(parameters: Fixture.parameters(seed: seed, childCount: childCount)).generate {
            events.append($0)
        }
        return events.enumerated().map { index, event in
            LedgerEvent(
                position: UInt64(index), chainHash: Array(repeating: UInt8(truncatingIfNeeded: index), count: 32),
                ledgerTimestampNanoseconds: Int64(index), event: event)
        }
    }

    /// Every answer the batch commands give from a state.
    static func answers(of state: ProjectionState) throws -> [String] {
        let compliance = try ComplianceReport.build(
            state: state, rulebooks: .shipped,
            parameters: ComplianceParameters(
                from: CivilDate(year: 2013, month: 4, day: 1)!, to: Fixture.endDate, asOf: Fixture.endDate,
                generatedAt: "2016-04-01T00:00:00Z"))
        let year = FinancialYear(startingIn: 2014)
        let annual = try AnnualReport.build(
            state: state, parameters: AnnualParameters(year: year, yearCount: 3, generatedAt: "2016-04-01T00:00:00Z"))
        let census = try CensusExport.build(
            state: state, year: year, localAuthority: "999", skipInvalid: true, generatedAt: "2016-04-01T00:00:00Z")
        return [
            compliance.renderJSON(), compliance.renderTable(), annual.renderJSON(),
            String(decoding: census.document, as: UTF8.self),
            census.invalidChildren.map(\.childId).joined(separator: ","),
        ]
    }

    @Test(arguments: [UInt64(3), 17, 2_014])
    func answersFromACheckpointAndItsTailEqualAnswersFromARebuild(seed: UInt64) throws {
        let events = try Self.ledger(seed: seed)
        let rebuilt = try ProjectionState.rebuild(from: events)
        let expected = try Self.answers(of: rebuilt)
        #expect(expected[0].contains("breach") && rebuilt.children.count == Self.childCount)
        for split in [0, events.count / 3, events.count - 1, events.count] {
            let stored = ProjectionCheckpoint(of: try ProjectionState.rebuild(from: events.prefix(split)))
            var restored = try ProjectionCheckpoint.decode(fileBytes: stored.fileBytes).restoredState()
            try restored.apply(contentsOf: events.dropFirst(split))
            #expect(restored == rebuilt, "seed \(seed), split \(split)")
            #expect(restored.stateHash == rebuilt.stateHash, "seed \(seed), split \(split)")
            #expect(try Self.answers(of: restored) == expected, "seed \(seed), split \(split)")
        }
    }

    /// The annual report and drill-down read from the `annual-facts` section of a checkpoint of the whole
    /// ledger equal the ones folded from the events, for a trend reaching past the data; the facts of a state
    /// caught up from any prefix's checkpoint equal the rebuild's, byte for byte.
    @Test(arguments: [UInt64(3), 17, 2_014])
    func annualFactsFromTheCheckpointSectionEqualTheFold(seed: UInt64) throws {
        let events = try Self.ledger(seed: seed)
        let rebuilt = try ProjectionState.rebuild(from: events)
        let stored = try ProjectionCheckpoint.decode(
            fileBytes: ProjectionCheckpoint(of: rebuilt, sections: [AnnualFacts(state: rebuilt).section]).fileBytes)
        let section = try #require(stored.section(named: AnnualFacts.sectionName))
        let facts = try #require(try AnnualFacts(section: section))
        let summary = try stored.restoredState().summary
        for (year, count) in [(2014, 3), (2018, 6), (2010, 2)] {
            let parameters = AnnualParameters(
                year: FinancialYear(startingIn: year), yearCount: count, generatedAt: "2016-04-01T00:00:00Z")
            let expected = try AnnualReport.build(state: rebuilt, parameters: parameters).renderJSON()
            let read = try AnnualReport.build(facts: facts, summary: summary, parameters: parameters)
            #expect(read.renderJSON() == expected)
            for figure in AnnualFigure.all.prefix(12) {
                let folded = try AnnualExplanation.build(figure: figure, state: rebuilt, parameters: parameters)
                let read = try AnnualExplanation.build(
                    figure: figure, facts: facts, summary: summary, parameters: parameters)
                #expect(read.renderJSON() == folded.renderJSON(), "\(figure.id) \(year)")
            }
        }
        for split in [0, events.count / 3, events.count - 1] {
            var restored = try ProjectionCheckpoint.decode(
                fileBytes: ProjectionCheckpoint(of: try ProjectionState.rebuild(from: events.prefix(split))).fileBytes
            ).restoredState()
            try restored.apply(contentsOf: events.dropFirst(split))
            #expect(AnnualFacts(state: restored) == AnnualFacts(state: rebuilt), "seed \(seed), split \(split)")
        }
    }
}
