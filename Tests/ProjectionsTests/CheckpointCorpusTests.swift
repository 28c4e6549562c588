import EventStore
import EventStoreTesting
import Projections
import Testing

/// The projection checkpoint in the corruption corpus: a checkpoint of 4 of 6 events, written through the
/// public writer (`ProjectionCheckpoint.fileBytes`, so the corpus follows the format as it changes),
/// then damaged. Every damaged file must be refused and the state rebuilt, or (damage the checks cannot
/// see, if any) give exactly the state of a full rebuild: a damaged checkpoint is never trusted into
/// another answer, and loading never crashes or throws.
@Suite struct CheckpointCorpusTests {
    let store: EventStore
    let document: [UInt8]
    let rebuiltStateHash: [UInt8]

    init() throws {
        store = try storeOfAllocations(count: 6)
        let events = try LedgerEvent.readAll(from: store).events
        document = ProjectionCheckpoint(of: try ProjectionState.rebuild(from: Array(events.prefix(4)))).fileBytes
        rebuiltStateHash = try ProjectionState.rebuild(from: events).stateHash
    }

    /// Loads `bytes` as the checkpoint; true if it was used (incremental), false if refused and rebuilt.
    private func load(_ bytes: [UInt8], case label: String) throws -> Bool {
        let disk = SimulatedFileSystem(seed: 1)
        let file = try disk.openFile(atPath: "/checkpoint.bin", mode: .createNew)
        try file.write(bytes, atOffset: 0)
        let loaded = try ProjectionLoader.load(store, checkpointPath: "/checkpoint.bin", fileSystem: disk)
        #expect(loaded.state.stateHash == rebuiltStateHash, "\(label): another state than a full rebuild")
        if case .incremental = loaded.method { return true }
        return false
    }

    @Test func theUndamagedCheckpointIsUsed() throws {
        #expect(try load(document, case: "undamaged"))
    }

    /// Every third truncation point (the offset cycles through the document's structure).
    @Test func truncationsAreRefusedAndRebuilt() throws {
        for length in stride(from: 0, to: document.count, by: 3) {
            #expect(try !load(Array(document[..<length]), case: "truncated to \(length)"), "truncated to \(length)")
        }
    }

    /// One bit of every second byte (the bit cycles with the offset): the header fields are checked and the
    /// body is covered by its SHA-256 trailer, so every flip is refused.
    @Test func oneFlippedBitIsRefused() throws {
        for offset in stride(from: 0, to: document.count, by: 2) {
            var damaged = document
            damaged[offset] ^= UInt8(1) << UInt8(offset % 8)
            #expect(try !load(damaged, case: "bit \(offset % 8) of byte \(offset)"), "byte \(offset) damaged was used")
        }
    }
}
