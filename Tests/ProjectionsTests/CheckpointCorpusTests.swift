import EventStore
import EventStoreTesting
import Projections
import Testing

/// The projection checkpoint in the corruption corpus: a checkpoint of 4 of 6 events, written through the
/// public writer (`ProjectionCheckpoint.documentBytes`, so the corpus follows the format as it changes),
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
        document = ProjectionCheckpoint(of: try ProjectionState.rebuild(from: Array(events.prefix(4)))).documentBytes
        rebuiltStateHash = try ProjectionState.rebuild(from: events).stateHash
    }

    /// Loads `bytes` as the checkpoint; true if it was used (incremental), false if refused and rebuilt.
    private func load(_ bytes: [UInt8], case label: String) throws -> Bool {
        let disk = SimulatedFileSystem(seed: 1)
        let file = try disk.openFile(atPath: "/checkpoint.json", mode: .createNew)
        try file.write(bytes, atOffset: 0)
        let loaded = try ProjectionLoader.load(store, checkpointPath: "/checkpoint.json", fileSystem: disk)
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

    /// One bit of every second byte (the bit cycles with the offset). A damaged checkpoint is used only if
    /// the flip is inside a `caseState` object, which the document carries for readers but the loader
    /// ignores (it derives case state from the events): such a flip changes nothing the loader reads.
    @Test func oneFlippedBitIsRefusedOrLandsWhereTheLoaderDoesNotRead() throws {
        let ignored = Self.caseStateRanges(in: document)
        #expect(!ignored.isEmpty)
        for offset in stride(from: 0, to: document.count, by: 2) {
            var damaged = document
            damaged[offset] ^= UInt8(1) << UInt8(offset % 8)
            if try load(damaged, case: "bit \(offset % 8) of byte \(offset)") {
                #expect(ignored.contains { $0.contains(offset) }, "a checkpoint with byte \(offset) damaged was used")
            }
        }
    }

    /// The byte ranges of the `"caseState":{…}` members of `document`.
    static func caseStateRanges(in document: [UInt8]) -> [Range<Int>] {
        let key = Array(#""caseState":{"#.utf8)
        var ranges: [Range<Int>] = []
        var start = 0
        while start + key.count <= document.count {
            guard Array(document[start..<(start + key.count)]) == key else {
                start += 1
                continue
            }
            var depth = 0
            var end = start + key.count - 1
            repeat {
                if document[end] == UInt8(ascii: "{") { depth += 1 }
                if document[end] == UInt8(ascii: "}") { depth -= 1 }
                end += 1
            } while depth > 0 && end < document.count
            ranges.append(start..<end)
            start = end
        }
        return ranges
    }
}
