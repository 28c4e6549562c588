import EventStoreTesting
import Integrity
import Testing

@testable import EventStore

/// A ledger on a simulated disk with 4 KiB segments: 40 single-event batches on streams s0…s3, each payload
/// a recognisable secret ("SECRET-<n>-" repeated), a checkpoint of its first 30 records, and the positions
/// to erase: one in the first (sealed) segment, one in a later sealed one, and the last (in the open tail).
private struct RedactionLedger {
    static let recordCount = 40
    let disk: SimulatedFileSystem
    let options = testOptions(segmentSizeBytesMax: 4 << 10)
    let checkpoint: LogCheckpoint
    let rootBefore: MerkleTree.Hash
    let targets: [UInt64] = [2, 17, UInt64(recordCount - 1)]

    init(seed: UInt64 = 7) throws {
        disk = SimulatedFileSystem(seed: seed)
        let store = try EventStore.create(directory: "/ledger", fileSystem: disk, options: options)
        var checkpoint: LogCheckpoint?
        for number in 0..<Self.recordCount {
            _ = try store.append(
                stream: "s\(number % 4)", expectedVersion: .any,
                events: [EventToAppend(type: "test.event", schemaVersion: 1, payload: Self.secret(number))])
            if number == 29 { checkpoint = try store.checkpoint(origin: "test.example/ledger") }
        }
        self.checkpoint = try #require(checkpoint)
        try store.updateMerkleCache()
        rootBefore = try store.merkleRoot()
        try store.close()
    }

    /// Payload of event `number`: 60 bytes that occur nowhere else.
    static func secret(_ number: Int) -> [UInt8] {
        Array(String(repeating: "SECRET-\(number)-", count: 8).utf8.prefix(60))
    }

    func erase(_ positions: [UInt64]? = nil) throws -> PayloadErasureReport {
        try EventStore.erasePayloads(
            atPositions: positions ?? targets, directory: "/ledger", fileSystem: disk, options: options)
    }

    func open(_ mode: OpenMode = .readOnly) throws -> EventStore {
        try EventStore.open(directory: "/ledger", fileSystem: disk, mode: mode, options: options)
    }

    /// Every file on the simulated disk, named or not yet removed, with its current bytes.
    func everyFile() -> [(path: String, bytes: [UInt8])] {
        disk.filePaths().map { ($0, disk.currentContents(atPath: $0) ?? []) }
    }
}

private func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
    guard needle.count <= haystack.count else { return false }
    return (0...(haystack.count - needle.count)).contains { haystack[$0..<($0 + needle.count)].elementsEqual(needle) }
}

@Test func erasedPayloadsAreGoneWhileChainMerkleTreeAndOldCheckpointsVerify() throws {
    let ledger = try RedactionLedger()
    let report = try ledger.erase()
    #expect(report.erasedPositions == ledger.targets && report.alreadyErasedPositions.isEmpty)
    for file in ledger.everyFile() {
        for target in ledger.targets {
            #expect(
                !contains(file.bytes, RedactionLedger.secret(Int(target))), "\(file.path) holds \(target)'s payload")
        }
    }
    let store = try ledger.open()
    let verified = try store.verify()
    #expect(verified.firstFailure == nil, "\(String(describing: verified.firstFailure))")
    #expect(verified.merkleRoot == ledger.rootBefore)
    #expect(try store.merkleRoot() == ledger.rootBefore)
    #expect(try store.check(against: ledger.checkpoint).isConsistent)
    for position in 0..<UInt64(RedactionLedger.recordCount) {
        let record = try store.record(at: position)
        let isTarget = ledger.targets.contains(position)
        #expect(record.payloadErased == isTarget)
        #expect(record.payloadHash == SHA256.hash(RedactionLedger.secret(Int(position))))
        #expect(record.payload == (isTarget ? [UInt8](repeating: 0, count: 60) : RedactionLedger.secret(Int(position))))
    }
}

@Test func aRedactedLedgerTakesAppendsAndSealsAndStillVerifies() throws {
    let ledger = try RedactionLedger()
    _ = try ledger.erase()
    let writer = try ledger.open(.readWrite)
    for number in 0..<30 {
        _ = try writer.append(stream: "t", expectedVersion: .any, events: [sampleEvent(number, payloadSizeBytes: 200)])
    }
    let verified = try writer.verify()
    #expect(verified.firstFailure == nil, "\(String(describing: verified.firstFailure))")
    #expect(try writer.check(against: ledger.checkpoint).isConsistent)
    #expect(try writer.record(at: ledger.targets[2]).payloadErased)
    try writer.close()
}

@Test func aBundleOfARedactedRecordStillProvesItToTheOldCheckpoint() throws {
    let ledger = try RedactionLedger()
    _ = try ledger.erase()
    let store = try ledger.open()
    let signer = try testNoteSigner()
    let checkpoint = try store.checkpoint(origin: signer.name)
    let evidence = try store.evidence(positions: [1, 2, 17], against: checkpoint, includingFrames: true)
    let bundle = EvidenceBundle(
        readme: "read me\n", checkpoint: Array(signer.sign(text: checkpoint.noteText).serialized.utf8),
        proofs: evidence.proofs, recordFrames: evidence.frames, documents: [])
    let report = try EvidenceBundle.verify(archive: bundle.archive(), verifier: signer.verifier)
    #expect(report.isVerified, "\(report.failures)")
    #expect(report.recordsProven == 3)
    #expect(!contains(bundle.archive(), RedactionLedger.secret(2)))
}

@Test func erasingIsIdempotentAndRefusesWithNothingWritten() throws {
    let ledger = try RedactionLedger()
    let before = ledger.everyFile().map(\.bytes)
    #expect(throws: EventStoreError(.notFound, "")) { try ledger.erase([3, 999]) }
    #expect(ledger.everyFile().map(\.bytes) == before)
    let writer = try ledger.open(.readWrite)
    #expect(throws: EventStoreError(.locked, "")) { try ledger.erase() }
    try writer.close()
    _ = try ledger.erase([2])
    let again = try ledger.erase()
    #expect(again.alreadyErasedPositions == [2] && again.erasedPositions == [17, 39])
}

@Test func verifyRefusesAnErasedPayloadThatIsNotZeroOrInAVersion1Segment() throws {
    let ledger = try RedactionLedger()
    _ = try ledger.erase([2])
    let frameOffset = try ledger.open().locate(2).1.offset
    let segment = try ledger.disk.openFile(atPath: "/ledger/segment-00000000.log", mode: .readWrite)
    var frame = try segment.read(atOffset: frameOffset, count: 1 << 10)
    let frameSize = try RecordDecoder.frameSize(in: frame, at: 0, context: "test")
    frame = Array(frame[0..<frameSize])
    var hidden = frame
    hidden[frameSize - 40] = 0x41
    try segment.write(resealed(hidden), atOffset: frameOffset)
    #expect(try ledger.open().verify().firstFailure?.what == "erased payload is not all zero bytes")
    try segment.write(frame, atOffset: frameOffset)
    var header = try segment.read(atOffset: 0, count: SegmentHeader.sizeBytes)
    header[8] = 1
    header.replaceSubrange(
        56..<60, with: withUnsafeBytes(of: CRC32C.checksum(Array(header[0..<56])).littleEndian, Array.init))
    try segment.write(header, atOffset: 0)
    #expect(try ledger.open().verify().firstFailure?.what == "erased payload in a segment of format version 1")
}

/// `frame` with its CRC recomputed.
private func resealed(_ frame: [UInt8]) -> [UInt8] {
    var frame = frame
    let crc = RecordEncoder.frameCRC(frame[...])
    frame.replaceSubrange(8..<12, with: withUnsafeBytes(of: crc.littleEndian, Array.init))
    return frame
}

/// The mutating calls of a fault-free erasure of the targets.
private let erasureMutatingCallCount: Int = {
    let ledger = try! RedactionLedger()
    let before = ledger.disk.counters.mutatingCallCount
    _ = try! ledger.erase()
    return ledger.disk.counters.mutatingCallCount - before
}()

@Test func erasureRewritesSeveralSegments() {
    #expect(erasureMutatingCallCount > 20)
}

/// Fails the N-th mutating call of an erasure (tearing it for odd N), crashes, and reopens: every segment is
/// the old one or the new one, never a mix or damage, the ledger verifies, and erasing again completes it.
@Test(arguments: 0..<erasureMutatingCallCount)
func crashAtAnyCallOfAnErasureLeavesOldOrNewSegments(failingCall: Int) throws {
    let ledger = try RedactionLedger(seed: UInt64(failingCall))
    ledger.disk.failCall(number: failingCall, tearsWrite: failingCall % 2 == 1)
    #expect(throws: EventStoreError.self) { try ledger.erase() }
    ledger.disk.crash(mode: failingCall % 3 == 0 ? .sectorsInAnyOrder : .orderedPrefix)
    let store = try ledger.open(.readWrite)
    let verified = try store.verify()
    #expect(verified.firstFailure == nil, "call \(failingCall): \(String(describing: verified.firstFailure))")
    #expect(verified.merkleRoot == ledger.rootBefore)
    for target in ledger.targets {
        let record = try store.record(at: target)
        let original = RedactionLedger.secret(Int(target))
        #expect(record.payload == (record.payloadErased ? [UInt8](repeating: 0, count: 60) : original))
    }
    try store.close()
    _ = try ledger.erase()
    let completed = try ledger.open()
    #expect(try completed.verify().firstFailure == nil)
    for target in ledger.targets { #expect(try completed.record(at: target).payloadErased) }
}
