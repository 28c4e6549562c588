import EventStore
import EventStoreTesting
import Projections
import Testing

/// The head of a checkpoint (summary and derived sections) is read without its histories, checked against
/// the same trailer, and used only when the checkpoint describes the whole ledger.
@Suite struct CheckpointHeadTests {
    static let sections = [
        CheckpointSection(name: "zeta", bytes: [9, 8, 7]), CheckpointSection(name: "alpha", bytes: Array(0..<200)),
    ]

    /// Writes the checkpoint of the first `count` events of `store`, with `sections`, to `path` on `disk`.
    static func write(
        _ store: EventStore, count: Int, sections: [CheckpointSection] = sections, to path: String,
        on disk: SimulatedFileSystem
    ) throws -> ProjectionCheckpoint {
        let reading = try LedgerEvent.readAll(from: store)
        let prefix = LedgerReading(
            events: reading.events.filter { $0.position < count },
            skipped: reading.skipped.filter { $0.position < count })
        let checkpoint = ProjectionCheckpoint(of: try ProjectionState.rebuild(from: prefix), sections: sections)
        try disk.openFile(atPath: path, mode: .createNew).write(checkpoint.fileBytes, atOffset: 0)
        return checkpoint
    }

    @Test func theHeadIsTheSummaryAndTheSectionsInNameOrderUnderTheFilesStateHash() throws {
        let store = try storeOfAllocations(count: 30, undecodable: [4])
        let disk = SimulatedFileSystem(seed: 8)
        let checkpoint = try Self.write(store, count: 30, to: "/c.bin", on: disk)
        let state = try checkpoint.restoredState()

        let head = try ProjectionLoader.readHead(atPath: "/c.bin", fileSystem: disk)

        #expect(head.summary == state.summary && head.summary.skippedRecords.map(\.position) == [4])
        #expect(head.sections.map(\.name) == ["alpha", "zeta"] && head.section(named: "alpha")?.bytes.count == 200)
        #expect(head.stateHash == checkpoint.stateHash && head.sections == checkpoint.sections)
        #expect(try ProjectionCheckpoint.decode(fileBytes: checkpoint.fileBytes) == checkpoint)
        #expect(checkpoint.stateHash != state.stateHash, "the sections are covered by the file's hash")
    }

    /// Any changed byte outside the histories makes the head unreadable; a changed byte of the histories is
    /// not read by the head, and makes the full read refuse the file (their stored hash no longer matches).
    @Test func aChangedByteIsRefusedByTheHeadOrOutsideItByTheFullRead() throws {
        let store = try storeOfAllocations(count: 5)
        let disk = SimulatedFileSystem(seed: 9)
        let file = try Self.write(store, count: 5, to: "/c.bin", on: disk).fileBytes
        let little = { (bytes: ArraySlice<UInt8>) in bytes.reversed().reduce(0) { $0 << 8 | Int($1) } }
        let historiesStart = 24 + 8 + little(file[24..<32]) + 32 + 8
        let historiesEnd = historiesStart + little(file[(historiesStart - 8)..<historiesStart])
        var checked = (head: 0, histories: 0)
        for index in stride(from: 24, to: file.count, by: 7) {
            var damaged = file
            damaged[index] ^= 0x5a
            let path = "/damaged-\(index).bin"
            try disk.openFile(atPath: path, mode: .createNew).write(damaged, atOffset: 0)
            #expect(throws: ProjectionError(.checkpointMismatch, reason: ""), "byte \(index)") {
                try ProjectionLoader.readCheckpoint(atPath: path, fileSystem: disk)
            }
            if (historiesStart..<historiesEnd).contains(index) {
                #expect(try ProjectionLoader.readHead(atPath: path, fileSystem: disk).summary.lastPosition == 4)
                checked.histories += 1
            } else {
                #expect(throws: ProjectionError(.checkpointMismatch, reason: ""), "byte \(index)") {
                    try ProjectionLoader.readHead(atPath: path, fileSystem: disk)
                }
                checked.head += 1
            }
        }
        #expect(checked.head > 20 && checked.histories > 20)
    }

    @Test func theHeadIsCurrentOnlyWhenNoCaseRecordFollowsTheCheckpoint() throws {
        let store = try storeOfAllocations(count: 30)
        let disk = SimulatedFileSystem(seed: 10)
        _ = try Self.write(store, count: 30, to: "/current.bin", on: disk)
        _ = try Self.write(store, count: 29, to: "/behind.bin", on: disk)
        let other = try storeOfAllocations(count: 31)
        _ = try Self.write(other, count: 31, to: "/other.bin", on: disk)

        let current = try ProjectionLoader.currentHead(of: store, checkpointPath: "/current.bin", fileSystem: disk)
        #expect(current?.summary.lastPosition == 29)
        #expect(try ProjectionLoader.currentHead(of: store, checkpointPath: "/behind.bin", fileSystem: disk) == nil)
        #expect(try ProjectionLoader.currentHead(of: store, checkpointPath: "/other.bin", fileSystem: disk) == nil)
        #expect(try ProjectionLoader.currentHead(of: store, checkpointPath: "/absent.bin", fileSystem: disk) == nil)

        _ = try store.append(
            stream: "access-log", expectedVersion: .any,
            events: [EventToAppend(type: "ReadAudited", schemaVersion: 1, sourceID: "A1", payload: Array("{}".utf8))])
        let afterOutside = try ProjectionLoader.currentHead(
            of: store, checkpointPath: "/current.bin", fileSystem: disk)
        #expect(afterOutside?.summary.lastPosition == 29, "a record outside the case model leaves it current")
    }
}
