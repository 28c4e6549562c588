import Foundation
import Testing

/// A ledger of three appended records.
private func threeRecordLedger() throws -> LedgerFixture {
    let fixture = try LedgerFixture()
    for number in 0..<3 { try fixture.append(stream: "s", type: "t", payload: #"{"n":\#(number)}"#) }
    return fixture
}

private func truncateFile(_ path: String, toSize size: Int) throws {
    let handle = try #require(FileHandle(forWritingAtPath: path))
    try handle.truncate(atOffset: UInt64(size))
    try handle.close()
}

@Test(arguments: ["info", "read"])
func readersOfASegmentTruncatedToZeroBytesExitWithADataError(command: String) throws {
    let fixture = try threeRecordLedger()
    try truncateFile(fixture.ledger + "/segment-00000000.log", toSize: 0)
    let result = try fixture.run(command)
    #expect(result.exitStatus == 65, "\(result.output)")
    #expect(result.output.isEmpty, "no shorter answer")
    #expect(result.errorOutput.contains("is damaged: segment 0, offset 0, position 0"))
}

@Test func verifyOfAFlippedManifestBitIsAFindingNamingTheManifest() throws {
    let fixture = try threeRecordLedger()
    let path = fixture.ledger + "/MANIFEST"
    var bytes = try Data(contentsOf: URL(fileURLWithPath: path))
    bytes[0] ^= 0x04
    try bytes.write(to: URL(fileURLWithPath: path))
    let result = try fixture.run("verify")
    #expect(result.exitStatus == 1, "\(result.errorOutput)")
    #expect(result.output.contains("is damaged: MANIFEST, offset 0"))
    #expect(!(result.output + result.errorOutput).contains("run 'caseledger verify'"))
    #expect(try fixture.run("info").exitStatus == 65)
}

@Test func verifyOfADeletedManifestIsAFindingNotAMissingLedger() throws {
    let fixture = try threeRecordLedger()
    try FileManager.default.removeItem(atPath: fixture.ledger + "/MANIFEST")
    let result = try fixture.run("verify")
    #expect(result.exitStatus == 1, "\(result.errorOutput)")
    #expect(result.output.contains("MANIFEST is missing but segment files exist"))
    let info = try fixture.run("info")
    #expect(info.exitStatus == 65)
    #expect(info.errorOutput.contains("MANIFEST is missing"))
}
