import CaseModel
import EventStore
import Integrity
import LedgerCalendar
import Projections
import TestSupport
import Testing

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
        var resumed = try ProjectionCheckpoint.decode(fileBytes: stored.fileBytes).restoredState()
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

    @Test func aCheckpointWithAnyBodyByteChangedIsRefusedAsAMismatch() throws {
        let file = ProjectionCheckpoint(of: try ProjectionState.rebuild(from: Self.ledger.events)).fileBytes
        for offset in stride(from: 24, to: file.count - 32, by: 97) {
            var tampered = file
            tampered[offset] ^= 0x01
            #expect(throws: ProjectionError(.checkpointMismatch, reason: ""), "byte \(offset)") {
                try ProjectionCheckpoint.decode(fileBytes: tampered)
            }
        }
    }

    @Test func anOlderJSONCheckpointIsRefusedAsMalformedNamingItsFormat() throws {
        let older = Array(#"{"chainHead":"00","format":"caseledger.projection-checkpoint/1","state":{}}"#.utf8)
        do {
            _ = try ProjectionCheckpoint.decode(fileBytes: older)
            Issue.record("an older checkpoint was accepted")
        } catch {
            #expect(error.code == .malformedCheckpoint && error.reason.contains("JSON checkpoint of format 4 or older"))
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

@Suite struct CheckpointFileTests {
    static func file(splitCount: Int = 8) throws -> [UInt8] {
        ProjectionCheckpoint(of: try ProjectionState.rebuild(from: CheckpointTests.ledger.events.prefix(splitCount)))
            .fileBytes
    }

    @Test(arguments: [0, 3, 8])
    func theFileIsMagicVersionLengthBodyAndTheStateHashOverTheBodyButItsHashedHistories(splitCount: Int) throws {
        let state = try ProjectionState.rebuild(from: CheckpointTests.ledger.events.prefix(splitCount))
        let file = ProjectionCheckpoint(of: state).fileBytes
        let body = state.checkpointBody
        #expect(Array(file[0..<8]) == Array("CLPROJCK".utf8))
        #expect(Array(file[8..<16]) == [6, 0, 0, 0, 0, 0, 0, 0])
        #expect(file[16..<24].reversed().reduce(0) { $0 << 8 | Int($1) } == body.count)
        #expect(Array(file[24..<(24 + body.count)]) == body)
        // The body: summary block, SHA-256 of the histories, histories block, sections (none).
        let little = { (bytes: ArraySlice<UInt8>) in bytes.reversed().reduce(0) { $0 << 8 | Int($1) } }
        let summaryEnd = 8 + little(body[0..<8])
        let historiesStart = summaryEnd + 32 + 8
        let historiesEnd = historiesStart + little(body[(summaryEnd + 32)..<historiesStart])
        #expect(Array(body[historiesEnd...]) == [0, 0, 0, 0])
        #expect(Array(body[summaryEnd..<(summaryEnd + 32)]) == SHA256.hash(Array(body[historiesStart..<historiesEnd])))
        let covered = Array(body[..<historiesStart]) + Array(body[historiesEnd...])
        #expect(Array(file[(24 + body.count)...]) == SHA256.hash(covered) && state.stateHash == SHA256.hash(covered))
        let decoded = try ProjectionCheckpoint.decode(fileBytes: file)
        #expect(decoded == ProjectionCheckpoint(of: state) && decoded.position == state.lastPosition)
        #expect(try decoded.restoredState() == state)
    }

    @Test(arguments: [4, 5, 7, 0xffff])
    func anotherFormatVersionIsRefusedAsMalformed(version: Int) throws {
        var file = try Self.file()
        file[8] = UInt8(version & 0xff)
        file[9] = UInt8(version >> 8)
        do {
            _ = try ProjectionCheckpoint.decode(fileBytes: file)
            Issue.record("version \(version) was accepted")
        } catch {
            #expect(error.code == .malformedCheckpoint && error.reason.contains("format version \(version)"))
        }
    }

    @Test func aTruncatedOrExtendedFileIsRefusedAsMalformed() throws {
        let file = try Self.file()
        for damaged in [Array(file.dropLast()), Array(file.prefix(23)), file + [0], [], Array(file.prefix(60))] {
            #expect(throws: ProjectionError(.malformedCheckpoint, reason: ""), "\(damaged.count) bytes") {
                try ProjectionCheckpoint.decode(fileBytes: damaged)
            }
        }
    }

    @Test func aBodyThatHashesButDoesNotParseIsRefusedWhenRestored() throws {
        // A summary (lastPosition 0, an empty chain head, no last event, no others, no skipped records), then
        // histories claiming one child whose id is longer than the body; no sections.
        let summary: [UInt8] = [1] + [UInt8](repeating: 0, count: 8) + [0, 0, 0, 0] + [UInt8](repeating: 0, count: 21)
        let histories: [UInt8] = [1, 0, 0, 0, 0xff, 0xff, 0, 0]
        let head = [UInt8(summary.count), 0, 0, 0, 0, 0, 0, 0] + summary + SHA256.hash(histories)
        let historiesLength: [UInt8] = [UInt8(histories.count), 0, 0, 0, 0, 0, 0, 0]
        let body = head + historiesLength + histories + [0, 0, 0, 0]
        var file = Array("CLPROJCK".utf8) + [6, 0, 0, 0, 0, 0, 0, 0]
        file += [UInt8(body.count), 0, 0, 0, 0, 0, 0, 0] + body + SHA256.hash(head + historiesLength + [0, 0, 0, 0])
        let checkpoint = try ProjectionCheckpoint.decode(fileBytes: file)
        #expect(throws: ProjectionError(.malformedCheckpoint, reason: "")) { try checkpoint.restoredState() }
    }
}
