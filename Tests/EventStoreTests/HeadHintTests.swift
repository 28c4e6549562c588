import Testing

@testable import EventStore

/// HEAD (FORMAT.md, "HEAD hint"): every reserved byte must be zero, including the four after the CRC,
/// which the CRC does not cover.
@Suite struct HeadHintTests {
    private let hint = HeadHint(
        recordCount: 7, segmentIndex: 2, tailOffset: 4_096, chainHead: [UInt8](repeating: 0xAB, count: 32))

    @Test func anEncodedHintDecodesToItself() throws {
        #expect(try HeadHint(decoding: hint.encoded) == hint)
    }

    @Test(arguments: [20, 23, 68, 71])
    func aNonZeroReservedByteIsCorrupt(offset: Int) {
        var bytes = hint.encoded
        bytes[offset] = 0x01
        #expect(throws: EventStoreError.self) { try HeadHint(decoding: bytes) }
    }
}
