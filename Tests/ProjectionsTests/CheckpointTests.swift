import CaseModel
import LedgerCalendar
import Projections
import TestSupport
import Testing
import TextFormats

@Suite struct CheckpointTests {
    static let ledger: TestLedger = {
        var ledger = TestLedger()
        ledger.append(ReferralReceived(source: .police), on: "2013-05-01")
        ledger.append(ReferralReceived(source: .schools), child: "C2", on: "2013-05-02")
        let discussion = ledger.append(
            StrategyDiscussionHeld(form: .meeting, initiatesSection47: true, attendingAgencies: ["police"]),
            on: "2013-05-13", at: "09:00:00")
        ledger.append(Section47Started(strategyDiscussionEventId: discussion, jointWithPolice: true), on: "2013-05-13")
        let icpc = ledger.append(
            IcpcHeld(preBirth: false, planRequired: true, category: .neglect, parentalFactors: ParentalFactors()),
            on: "2013-06-10")
        ledger.correct(
            icpc, to: IcpcHeld(preBirth: false, planRequired: true, category: .neglect, parentalFactors: ParentalFactors()),
            on: "2013-06-04")
        ledger.append(SocialWorkerAllocated(workerId: "sw-2", teamId: "south"), child: "C2", on: "2013-05-03")
        ledger.retract("E2", typeName: ReferralReceived.typeName, on: "2013-05-04", child: "C2")
        return ledger
    }()

    @Test(arguments: 0...8)
    func catchUpFromACheckpointGivesTheSameStateHashAsARebuild(splitCount: Int) throws {
        let events = Self.ledger.events
        let rebuilt = try ProjectionState.rebuild(from: events)
        let stored = ProjectionCheckpoint(of: try ProjectionState.rebuild(from: events.prefix(splitCount)))
        let document = stored.documentBytes
        var resumed = try ProjectionCheckpoint.decode(documentBytes: document).restoredState()
        try resumed.apply(contentsOf: events.dropFirst(splitCount))
        #expect(resumed.stateHash == rebuilt.stateHash)
        #expect(resumed == rebuilt)
    }

    @Test func verifyProvesARebuildMatchesTheStoredCheckpoint() throws {
        let events = Self.ledger.events
        let checkpoint = ProjectionCheckpoint(of: try ProjectionState.rebuild(from: events.prefix(5)))
        let verification = try checkpoint.verify(against: LedgerReading(events: events))
        #expect(verification.matches)
        #expect(verification.position == 4)
    }

    @Test func verifyDetectsALedgerThatNoLongerReproducesTheCheckpoint() throws {
        var events = Self.ledger.events
        let checkpoint = ProjectionCheckpoint(of: try ProjectionState.rebuild(from: events))
        var envelope = events[0].event.envelope
        envelope.occurredOn = day("2013-05-02")
        events[0].event = try CaseEvent(envelope: envelope, data: events[0].event.data)
        let verification = try checkpoint.verify(against: LedgerReading(events: events))
        #expect(!verification.matches)
        #expect(verification.chainHeadMatches)
    }

    @Test func tamperedCheckpointStateIsRefused() throws {
        let checkpoint = ProjectionCheckpoint(of: try ProjectionState.rebuild(from: Self.ledger.events))
        let text = String(decoding: checkpoint.documentBytes, as: UTF8.self)
        let tampered = Array(text.replacing("\"sw-1\"", with: "\"sw-9\"").utf8)
        #expect(throws: ProjectionError(.checkpointMismatch, reason: "")) {
            try ProjectionCheckpoint.decode(documentBytes: tampered)
        }
    }

    @Test func malformedCheckpointIsRefused() {
        #expect(throws: ProjectionError(.malformedCheckpoint, reason: "")) {
            try ProjectionCheckpoint.decode(documentBytes: Array("{\"format\":1}".utf8))
        }
    }

    @Test func correctionsAndRetractionsShapeTheEffectiveHistory() throws {
        let state = try Self.ledger.state()
        let icpc = try #require(state.children["C1"]?.events.first { $0.typeName == IcpcHeld.typeName })
        #expect(icpc.event.envelope.occurredOn == day("2013-06-04"))
        #expect(icpc.position == 4 && icpc.correctionPositions == [5])
        #expect(state.children["C2"]?.events.map(\.typeName) == [SocialWorkerAllocated.typeName])
    }
}

@Suite struct CheckpointDocumentTests {
    @Test func decodeRefusesADocumentWhosePositionWasEdited() throws {
        let checkpoint = ProjectionCheckpoint(of: try CheckpointTests.ledger.state())
        let text = String(decoding: checkpoint.documentBytes, as: UTF8.self)
        let position = try #require(checkpoint.position)
        let edited = text.replacing(
            "\"position\":\(position),\"state\"", with: "\"position\":\(position - 1),\"state\"")
        #expect(edited != text)
        #expect(throws: ProjectionError(.checkpointMismatch, reason: "")) {
            try ProjectionCheckpoint.decode(documentBytes: Array(edited.utf8))
        }
    }

    @Test(arguments: [0, 3, 8])
    func checkpointDocumentIsTheCanonicalJSONOfItsFields(splitCount: Int) throws {
        let checkpoint = ProjectionCheckpoint(of: try ProjectionState.rebuild(from: CheckpointTests.ledger.events.prefix(splitCount)))
        let reparsed = try JSONParser.parse(checkpoint.documentBytes)
        #expect(CanonicalJSON.encode(reparsed) == checkpoint.documentBytes)
        #expect(try ProjectionCheckpoint.decode(documentBytes: checkpoint.documentBytes) == checkpoint)
    }
}
