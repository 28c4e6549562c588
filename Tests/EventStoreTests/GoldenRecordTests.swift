import Testing

@testable import EventStore

/// The worked example in EventStore/FORMAT.md ("Worked example"): one small record chained to genesis.
private let goldenFields = RecordFields(
    kind: .event, position: 0, streamVersion: 0, ledgerTimestampNanoseconds: 1_700_000_000_000_000_000,
    schemaVersion: 1,
    stream: "case-42", type: "referral.received", sourceID: "LA-7", metadata: [0x01, 0x02],
    payload: Array("hello".utf8),
    endsBatch: true)

/// The same bytes as FORMAT.md's hex dump (cross-checked there with an independent Python computation).
private let goldenFrameHex =
    "8f00000001000000f43b6f0900000000000000000000000000000000"
    + "00002a36fe9c97170100030007001100040000000200000005000000"
    + "636173652d3432726566657272616c2e72656365697665644c412d370102"
    + "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824"
    + "68656c6c6f"
    + "073101929f5d76e1ef22a5b17389a950727d4fa6283302637b4999371948478f"

private let goldenFrame = Array(try! decodeHex(goldenFrameHex))

private func decodeHex(_ text: String) throws -> [UInt8] {
    let digits = Array(text.utf8)
    return stride(from: 0, to: digits.count, by: 2).map {
        UInt8(String(decoding: digits[$0..<$0 + 2], as: UTF8.self), radix: 16)!
    }
}

@Test func encoderReproducesTheGoldenRecord() {
    let encoded = RecordEncoder.encode(goldenFields, previousChainHash: ChainHash.genesis)
    #expect(hexString(encoded.frame) == goldenFrameHex)
    #expect(hexString(encoded.chainHash) == "073101929f5d76e1ef22a5b17389a950727d4fa6283302637b4999371948478f")
}

@Test func decoderReadsTheGoldenRecord() throws {
    let decoded = try RecordDecoder.decode(goldenFrame, at: 0, context: "golden", previousChainHash: ChainHash.genesis)
    #expect(decoded.frameSizeBytes == 155)
    let record = decoded.record
    #expect(record.stream == "case-42" && record.type == "referral.received" && record.sourceID == "LA-7")
    #expect(record.payload == Array("hello".utf8) && record.metadata == [1, 2] && record.endsBatch)
    #expect(record.ledgerTimestampNanoseconds == 1_700_000_000_000_000_000)
}

/// Every single-byte change anywhere in the frame is caught (as a CRC, length or chain failure), never a trap.
@Test(arguments: 0..<155)
func anyFlippedByteOfTheGoldenRecordIsCorrupt(byteOffset: Int) {
    var frame = goldenFrame
    frame[byteOffset] ^= 0x40
    #expect(throws: EventStoreError(.corrupt, "")) {
        try RecordDecoder.decode(frame, at: 0, context: "golden", previousChainHash: ChainHash.genesis)
    }
}

@Test(arguments: 0..<155)
func everyTruncationOfTheGoldenRecordIsCorrupt(sizeBytes: Int) {
    #expect(throws: EventStoreError(.corrupt, "")) {
        try RecordDecoder.decode(
            Array(goldenFrame[0..<sizeBytes]), at: 0, context: "golden", previousChainHash: ChainHash.genesis)
    }
}
