import EventStoreTesting
import Testing

@testable import EventStore

/// Ten acknowledged 2-event batches over several 4 KiB segments of a simulated disk, then a power loss that keeps every synced byte
/// but loses the unsynced HEAD update naming the last batch (HEAD is rewritten, not fsynced, per commit).
private func ledgerAfterACrashThatLostTheLastHEADUpdate(
    diskSeed: UInt64 = 3
) throws -> (SimulatedFileSystem, [AppendReceipt]) {
    let disk = SimulatedFileSystem(seed: diskSeed, crashMode: .dropUnsynced)
    let store = try EventStore.create(directory: "/ledger", fileSystem: disk, options: sweepOptions)
    let receipts = try (0..<10).map { batch in
        try store.append(
            stream: "s\(batch)", expectedVersion: .noStream,
            events: [sampleEvent(batch * 2, payloadSizeBytes: 300), sampleEvent(batch * 2 + 1, payloadSizeBytes: 300)])
    }
    disk.crash()
    return (disk, receipts)
}

private let sweepOptions = testOptions(segmentSizeBytesMax: 4 << 10)

/// The reads a fault-free write-open of that ledger makes.
private let reopenReadCount: Int = {
    let (disk, _) = try! ledgerAfterACrashThatLostTheLastHEADUpdate()
    let before = disk.counters.callCount(of: .read)
    let store = try! EventStore.open(directory: "/ledger", fileSystem: disk, mode: .readWrite, options: sweepOptions)
    try! store.close()
    return disk.counters.callCount(of: .read) - before
}()

/// Flips one bit of the N-th read of a write-open (the medium stays intact), for every read the open makes
/// and 16 disk seeds (each flips another bit):
/// the open reports `corrupt` or opens, and a second write-open without the fault (which recovers what HEAD
/// did not name) finds every acknowledged batch. Before the tail was read twice, seeds 0 and 13 lost the last
/// batch: the flip made its record look torn, and it was cut.
@Test(arguments: UInt64(0)..<16, 0..<reopenReadCount)
func aTransientReadBitFlipDuringRecoveryNeverCutsAnAcknowledgedBatch(diskSeed: UInt64, flippedRead: Int) throws {
    let (disk, receipts) = try ledgerAfterACrashThatLostTheLastHEADUpdate(diskSeed: diskSeed)
    disk.flipBitOnRead(number: flippedRead)
    do throws(EventStoreError) {
        let store = try EventStore.open(
            directory: "/ledger", fileSystem: disk, mode: .readWrite, options: sweepOptions)
        try store.close()
    } catch {
        // damage reported, or the tail's second read disagreed with the first (TailScan.confirmTorn)
        let isUnreliableRead = error.code == .io && error.message.contains("an unreliable read")
        #expect(error.code == .corrupt || isUnreliableRead, "\(error)")
    }
    #expect(disk.counters.readBitFlipCount == 1, "the flip fired")
    disk.disarmFaults()
    let store = try EventStore.open(directory: "/ledger", fileSystem: disk, mode: .readWrite, options: sweepOptions)
    defer { try? store.close() }
    for receipt in receipts {
        let records = try store.read(fromPosition: receipt.firstPosition, limit: 2)
        #expect(records.last?.chainHash == receipt.chainHash, "batch at \(receipt.firstPosition) lost")
    }
    #expect(try store.verify().isIntact)
}

@Test func aMisdirectedWriteReportsSuccessAndLandsAwayFromItsOffset() throws {
    let disk = SimulatedFileSystem(seed: 1)
    try disk.createDirectory(atPath: "/d")
    let file = try disk.openFile(atPath: "/d/f", mode: .createNew)
    try file.write([UInt8](repeating: 1, count: 2048), atOffset: 0)
    disk.misdirectWrite(number: 0, shiftBytes: 512)
    try file.write([UInt8](repeating: 2, count: 512), atOffset: 0)
    let content = try #require(disk.currentContents(atPath: "/d/f"))
    #expect(content[0..<512].allSatisfy { $0 == 1 }, "the intended sector keeps its old bytes")
    #expect(content[512..<1024].allSatisfy { $0 == 2 }, "the write landed one sector later")
    #expect(disk.counters.misdirectedWriteCount == 1)
}

@Test func aTransientReadBitFlipChangesOneReadOnly() throws {
    let disk = SimulatedFileSystem(seed: 1)
    try disk.createDirectory(atPath: "/d")
    let file = try disk.openFile(atPath: "/d/f", mode: .createNew)
    let bytes = [UInt8](repeating: 0x5A, count: 64)
    try file.write(bytes, atOffset: 0)
    disk.flipBitOnRead(number: 0)
    let flipped = try file.read(atOffset: 0, count: 64)
    #expect(zip(flipped, bytes).map { ($0 ^ $1).nonzeroBitCount }.reduce(0, +) == 1)
    #expect(try file.read(atOffset: 0, count: 64) == bytes)
    #expect(disk.currentContents(atPath: "/d/f") == bytes)
    #expect(disk.counters.readBitFlipCount == 1)
}

/// The second append's record write lands elsewhere yet is acknowledged (the disk lied): a reader after a
/// clean close must report damage, or else answer with exactly what was appended; never another answer.
@Test(arguments: [-1024, -512, 512, 4096])
func aMisdirectedRecordWriteIsReportedAsDamageNeverAsAnotherAnswer(shiftBytes: Int) throws {
    let disk = SimulatedFileSystem(seed: 2)
    let store = try EventStore.create(directory: "/ledger", fileSystem: disk, options: testOptions())
    let events = [sampleEvent(0, payloadSizeBytes: 700), sampleEvent(1, payloadSizeBytes: 700)]
    _ = try store.append(stream: "s0", expectedVersion: .any, events: [events[0]])
    disk.misdirectWrite(number: 0, shiftBytes: shiftBytes)
    _ = try store.append(stream: "s1", expectedVersion: .any, events: [events[1]])
    #expect(disk.counters.misdirectedWriteCount == 1)
    try? store.close()
    do throws(EventStoreError) {
        let reader = try EventStore.open(
            directory: "/ledger", fileSystem: disk, mode: .readOnly, options: testOptions())
        let payloads = try reader.read(fromPosition: 0, limit: 10).map(\.payload)
        let isIntact = try reader.verify().isIntact
        #expect(payloads == events.map(\.payload), "a wrong answer without an error")
        #expect(!isIntact, "the misplaced bytes were not found")
    } catch {
        #expect(error.code == .corrupt, "\(error)")
    }
}
