/// Decodes and checks record frames read from disk. Every length is untrusted.
enum RecordDecoder {
    /// Reads the total frame size from the frame header at `start` in `buffer`, checking it against the
    /// limits. Throws `corrupt` if fewer than 4 bytes are available or the length is out of range.
    static func frameSize(in buffer: [UInt8], at start: Int, context: String) throws(EventStoreError) -> Int {
        var reader = ByteReader(buffer, offset: start, context: context)
        let bodySize = Int(try reader.readUInt32("frame length"))
        let frameSize = bodySize + RecordLayout.frameHeaderSizeBytes
        guard frameSize >= RecordLayout.frameSizeBytesMin, frameSize <= Limits.recordSizeBytesMax else {
            throw EventStoreError.corrupt(at: context, "frame length \(bodySize) out of range")
        }
        return frameSize
    }

    /// Decodes the frame at `start`, checking its CRC, every length and limit, and, when
    /// `previousChainHash` is given, its chain link. Returns the record and the frame size.
    static func decode(
        _ buffer: [UInt8], at start: Int, context: String, previousChainHash: [UInt8]?
    ) throws(EventStoreError) -> (record: RecordedEvent, frameSizeBytes: Int) {
        let frameSize = try frameSize(in: buffer, at: start, context: context)
        guard buffer.count - start >= frameSize else { throw EventStoreError.corrupt(at: context, "truncated frame") }
        let frame = buffer[start..<(start + frameSize)]
        var reader = ByteReader(buffer, offset: start + 4, context: context)
        let storedKind = try reader.readUInt8("kind")
        try reader.readReserved(3, "frame header")
        let storedCRC = try reader.readUInt32("CRC")
        guard RecordEncoder.frameCRC(frame) == storedCRC else {
            throw EventStoreError.corrupt(at: context, "CRC mismatch")
        }
        guard let kind = RecordKind(rawValue: storedKind) else {
            throw EventStoreError.corrupt(at: context, "unknown record kind \(storedKind)")
        }
        let record = try decodeBody(
            &reader, kind: kind, frameEnd: start + frameSize, previousChainHash: previousChainHash)
        return (record, frameSize)
    }

    private static func decodeBody(
        _ reader: inout ByteReader, kind: RecordKind, frameEnd: Int, previousChainHash: [UInt8]?
    ) throws(EventStoreError) -> RecordedEvent {
        let bodyStart = reader.offset
        let position = try reader.readUInt64("position")
        let streamVersion = try reader.readUInt64("stream version")
        let timestamp = try reader.readInt64("ledger timestamp")
        let schemaVersion = try reader.readUInt16("schema version")
        let flags = try reader.readUInt8("flags")
        guard flags & ~RecordLayout.flagsKnown == 0 else {
            throw EventStoreError.corrupt(at: reader.context, "unknown flags \(flags)")
        }
        try reader.readReserved(1, "body flags")
        let streamSize = Int(try reader.readUInt16("stream id length"))
        let typeSize = Int(try reader.readUInt16("type length"))
        let sourceIDSize = Int(try reader.readUInt16("source id length"))
        try reader.readReserved(2, "body lengths")
        let metadataSize = Int(try reader.readUInt32("metadata length"))
        let payloadSize = Int(try reader.readUInt32("payload length"))
        try checkLengths(
            streamSize: streamSize, typeSize: typeSize, sourceIDSize: sourceIDSize, metadataSize: metadataSize,
            payloadSize: payloadSize, hasSourceID: flags & RecordLayout.flagHasSourceID != 0,
            frameSize: frameEnd - bodyStart + RecordLayout.frameHeaderSizeBytes, context: reader.context)
        let stream = try reader.readString(streamSize, "stream id")
        let type = try reader.readString(typeSize, "type")
        let sourceID =
            flags & RecordLayout.flagHasSourceID != 0 ? try reader.readString(sourceIDSize, "source id") : nil
        let metadata = try reader.readBytes(metadataSize, "metadata")
        let payloadHashStart = reader.offset
        let payloadHash = try reader.readBytes(SHA256.digestSizeBytes, "payload hash")
        let payload = try reader.readBytes(payloadSize, "payload")
        let chainHash = try reader.readBytes(SHA256.digestSizeBytes, "chain hash")
        if let previousChainHash {
            let expected = ChainHash.compute(
                previous: previousChainHash, kind: kind.rawValue,
                bodyHeader: reader.bytes[bodyStart..<payloadHashStart],
                payloadHash: payloadHash[...])
            guard constantTimeEqual(expected, chainHash) else {
                throw EventStoreError.corrupt(at: reader.context, "chain hash mismatch at position \(position)")
            }
        }
        return RecordedEvent(
            kind: kind, position: position, stream: stream, streamVersion: streamVersion, type: type,
            schemaVersion: schemaVersion, ledgerTimestampNanoseconds: timestamp, sourceID: sourceID, metadata: metadata,
            payload: payload, payloadHash: payloadHash, chainHash: chainHash,
            endsBatch: flags & RecordLayout.flagEndsBatch != 0)
    }

    private static func checkLengths(
        streamSize: Int, typeSize: Int, sourceIDSize: Int, metadataSize: Int, payloadSize: Int, hasSourceID: Bool,
        frameSize: Int, context: String
    ) throws(EventStoreError) {
        guard streamSize <= Limits.streamIDSizeBytesMax, typeSize <= Limits.typeSizeBytesMax,
            sourceIDSize <= Limits.sourceIDSizeBytesMax, metadataSize <= Limits.metadataSizeBytesMax,
            hasSourceID || sourceIDSize == 0
        else { throw EventStoreError.corrupt(at: context, "field length over limit") }
        // Each size is at most 2^32 - 1, so the sum cannot overflow a 64-bit Int.
        let expected = RecordLayout.frameSizeBytes(
            streamSize: streamSize, typeSize: typeSize, sourceIDSize: sourceIDSize, metadataSize: metadataSize,
            payloadSize: payloadSize)
        guard expected == frameSize else {
            throw EventStoreError.corrupt(at: context, "field lengths do not add up to the frame length")
        }
    }
}
