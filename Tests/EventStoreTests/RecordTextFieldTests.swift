import Testing

@testable import EventStore

/// The decoder's text fields: an ASCII fast path, and full UTF-8 validation for anything else.
@Suite struct RecordTextFieldTests {
    private func fields(stream: String, type: String) -> RecordFields {
        RecordFields(
            kind: .event, position: 0, streamVersion: 0, ledgerTimestampNanoseconds: 1, schemaVersion: 1,
            stream: stream, type: type, sourceID: "src-1", metadata: [], payload: [1, 2, 3], endsBatch: true)
    }

    /// The frame of `fields` with `replacement` written over the first bytes of its type, CRC recomputed
    /// so that only the text is wrong.
    private func frameWithType(of fields: RecordFields, replacedBy replacement: [UInt8], at typeOffset: Int) -> [UInt8]
    {
        var frame = RecordEncoder.encode(fields, previousChainHash: ChainHash.genesis).frame
        let typeStart =
            RecordLayout.frameHeaderSizeBytes + RecordLayout.bodyFixedSizeBytes + fields.stream.utf8.count + typeOffset
        frame.replaceSubrange(typeStart..<(typeStart + replacement.count), with: replacement)
        frame.storeLittleEndian(RecordEncoder.frameCRC(frame[...]), at: RecordLayout.crcOffset)
        return frame
    }

    @Test(arguments: ["case-1", "", "ascii-stream-id-longer-than-16", "café-7", "ścieżka-płatna-ąę", "子ども-42"])
    func textFieldsRoundTripWhetherASCIIOrNot(stream: String) throws {
        let original = fields(stream: stream, type: "type.\(stream)")
        let frame = RecordEncoder.encode(original, previousChainHash: ChainHash.genesis).frame
        let record = try RecordDecoder.decode(frame, at: 0, context: "test", previousChainHash: ChainHash.genesis)
            .record
        #expect(record.stream == stream)
        #expect(record.type == "type.\(stream)")
        #expect(record.sourceID == "src-1")
    }

    /// Invalid bytes in each 8-byte word of the fast check and in the tail after it are refused.
    @Test(arguments: [0, 7, 8, 13, 17])
    func invalidUTF8InTheTypeIsRefusedWithItsLocation(byteIndex: Int) {
        let original = fields(stream: "case-1", type: "referral.received.xy")
        let frame = frameWithType(of: original, replacedBy: [0xFF], at: byteIndex)
        let error = #expect(throws: EventStoreError.self) {
            try RecordDecoder.decode(frame, at: 0, context: "segment 0, offset 64", previousChainHash: nil)
        }
        #expect(error?.message == "segment 0, offset 64: type is not valid UTF-8")
    }

    /// A lone continuation byte after ASCII and an overlong encoding: not ASCII, and not valid UTF-8.
    @Test(arguments: [[0x80] as [UInt8], [0xC0, 0xAF]])
    func nonASCIIBytesThatAreNotUTF8AreRefused(bytes: [UInt8]) {
        let frame = frameWithType(of: fields(stream: "s", type: "abcdefghij"), replacedBy: bytes, at: 2)
        #expect(throws: EventStoreError.self) {
            try RecordDecoder.decode(frame, at: 0, context: "test", previousChainHash: nil)
        }
    }
}
