import EventStoreTesting
import Integrity
import Testing

@testable import EventStore

/// An attacker who edits a payload and recomputes the frame CRC passes every read check: only the
/// payload-hash re-check in `verify()` can see it (FORMAT.md, "Verify").
@Test func verifyDetectsAnEditedPayloadWhoseCRCWasRecomputed() throws {
    let disk = SimulatedFileSystem(seed: 11)
    let store = try makeLedger(at: "/ledger", count: 3, fileSystem: disk)
    let target = try store.withOpenState { state in state.index.location(of: 1)! }
    let path = "/ledger/segment-00000000.log"
    let file = try disk.openFile(atPath: path, mode: .readWrite)
    let lengthBytes = try file.read(atOffset: target.offset, count: 4)
    let bodyLength = lengthBytes.enumerated().reduce(0) { $0 | Int($1.element) << (8 * $1.offset) }
    var frame = try file.read(atOffset: target.offset, count: 12 + bodyLength)
    let record = try store.record(at: 1)
    let payloadStart = frame.count - 32 - record.payload.count
    #expect(Array(frame[payloadStart..<(payloadStart + record.payload.count)]) == record.payload)
    frame[payloadStart] ^= 0x01
    let crc = CRC32C.checksum(Array(frame[0..<8]) + Array(frame[12...]))
    for byteIndex in 0..<4 { frame[8 + byteIndex] = UInt8(truncatingIfNeeded: crc >> (8 * UInt32(byteIndex))) }
    try file.write(frame, atOffset: target.offset)

    let failure = try #require(try store.verify().firstFailure)
    #expect(failure.position == 1)
    #expect(failure.what == "payload does not match its SHA-256 payload hash")
}
