import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// A ledger of three records whose second record's payload has one flipped bit in segment 0 (a record in
/// the middle, so it cannot pass for a torn tail).
private func ledgerWithACorruptSecondRecord() throws -> LedgerFixture {
    let fixture = try LedgerFixture()
    try fixture.append(stream: "s", type: "t", payload: #"{"n":"first"}"#)
    try fixture.append(stream: "s", type: "t", payload: #"{"n":"MARKER"}"#)
    try fixture.append(stream: "s", type: "t", payload: #"{"n":"third"}"#)
    let segment = URL(fileURLWithPath: fixture.ledger).appendingPathComponent("segment-00000000.log")
    var bytes = try Data(contentsOf: segment)
    let marker = try #require(bytes.range(of: Data("MARKER".utf8)))
    bytes[marker.lowerBound] ^= 0x01
    try bytes.write(to: segment)
    return fixture
}

@Test func verifyOfAFlippedPayloadByteReportsSegmentAndOffsetWithFindings() throws {
    let fixture = try ledgerWithACorruptSecondRecord()
    let result = try fixture.run("verify")
    #expect(result.exitStatus == 1)
    #expect(result.output.contains("is damaged: segment 0, offset "))
    #expect(result.output.contains("position 1"))
    let report = try #require(try LedgerFixture.jsonLines(try fixture.run("verify", ["--json"]).output).first)
    #expect(report["intact"] as? Bool == false)
    let failure = try #require(report["failure"] as? [String: Any])
    #expect(failure["segment"] as? Int == 0)
    #expect(failure["position"] as? Int == 1)
}

/// The index checkpoint covers the damaged record, so the open does not read it again (EventStore/FORMAT.md
/// rule 3): the read stops at it with exit 65 naming the segment and offset, after printing only the records
/// before it; the exit status, never a silent success, says the answer is incomplete.
@Test func readOfALedgerWithACorruptRecordIsADataErrorNamingTheSegment() throws {
    let fixture = try ledgerWithACorruptSecondRecord()
    let result = try fixture.run("read", ["--json"])
    #expect(result.exitStatus == 65)
    let printed = try LedgerFixture.jsonLines(result.output)
    #expect(printed.count <= 1, "nothing at or after the damaged record")
    #expect(!result.output.contains("MARKER") && !result.output.contains("third"))
    #expect(result.errorOutput.hasPrefix("caseledger read: error: "))
    #expect(result.errorOutput.contains("segment 0, offset "))
    #expect(result.errorOutput.contains("CRC mismatch"))
    #expect(!result.errorOutput.contains("MARKER"))
}

@Test func appendWhileAnotherWriterHoldsTheLockIsATemporaryFailure() throws {
    let fixture = try LedgerFixture()
    let descriptor = open(fixture.ledger + "/LOCK", O_RDWR | O_CREAT, 0o644)
    try #require(descriptor >= 0)
    defer { close(descriptor) }
    try #require(flock(descriptor, LOCK_EX | LOCK_NB) == 0)
    let result = try fixture.run("append", ["--stream", "s", "--type", "t", "--payload", "{}"])
    #expect(result.exitStatus == 75)
    #expect(result.errorOutput.hasPrefix("caseledger append: error: "))
    #expect(result.errorOutput.contains("lock"))
    let reader = try fixture.run("info")
    #expect(reader.exitStatus == 0, "readers do not need the writer lock")
}
