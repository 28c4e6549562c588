import Integrity

extension RecordDecoder {
    /// Decodes the body after the frame header: fixed fields, lengths checked against the limits and the
    /// frame length, the variable fields and, when `previousChainHash` is given, the chain link.
    static func decodeBody(
        _ reader: inout FrameReader, kind: RecordKind, payloadErased: Bool, previousChainHash: [UInt8]?
    ) throws(FrameReader.Failure) -> RecordedEvent {
        let bodyStart = reader.offset
        let position = try reader.read(UInt64.self, "position")
        let streamVersion = try reader.read(UInt64.self, "stream version")
        let timestamp = try reader.read(Int64.self, "ledger timestamp")
        let schemaVersion = try reader.read(UInt16.self, "schema version")
        let flags = try reader.read(UInt8.self, "flags")
        guard flags & ~RecordLayout.flagsKnown == 0 else { throw .failedCheck("unknown flags \(flags)") }
        try reader.skipReserved(1, "body flags")
        let streamSize = Int(try reader.read(UInt16.self, "stream id length"))
        let typeSize = Int(try reader.read(UInt16.self, "type length"))
        let sourceIDSize = Int(try reader.read(UInt16.self, "source id length"))
        try reader.skipReserved(2, "body lengths")
        let metadataSize = Int(try reader.read(UInt32.self, "metadata length"))
        let payloadSize = Int(try reader.read(UInt32.self, "payload length"))
        let hasSourceID = flags & RecordLayout.flagHasSourceID != 0
        try checkLengths(
            streamSize: streamSize, typeSize: typeSize, sourceIDSize: sourceIDSize, metadataSize: metadataSize,
            payloadSize: payloadSize, hasSourceID: hasSourceID, frameSize: reader.bytes.count)
        let stream = try reader.readString(streamSize, "stream id")
        let type = try reader.readString(typeSize, "type")
        let sourceID = hasSourceID ? try reader.readString(sourceIDSize, "source id") : nil
        let metadata = try reader.readBytes(metadataSize, "metadata")
        let payloadHashRange = try reader.take(SHA256.digestSizeBytes, "payload hash")
        let payload = try reader.readBytes(payloadSize, "payload")
        let chainHashRange = try reader.take(SHA256.digestSizeBytes, "chain hash")
        let frame = reader.bytes
        if let previousChainHash {
            let linked = UnsafeRawBufferPointer(rebasing: frame[bodyStart..<payloadHashRange.upperBound])
            let stored = UnsafeRawBufferPointer(rebasing: frame[chainHashRange])
            guard ChainHash.matches(stored, previous: previousChainHash, kind: kind.rawValue, linkedBytes: linked)
            else {
                throw .failedCheck("chain hash mismatch at position \(position)")
            }
        }
        return RecordedEvent(
            kind: kind, position: position, stream: stream, streamVersion: streamVersion, type: type,
            schemaVersion: schemaVersion, ledgerTimestampNanoseconds: timestamp, sourceID: sourceID, metadata: metadata,
            payload: payload, payloadHash: Array(UnsafeRawBufferPointer(rebasing: frame[payloadHashRange])),
            chainHash: Array(UnsafeRawBufferPointer(rebasing: frame[chainHashRange])),
            endsBatch: flags & RecordLayout.flagEndsBatch != 0, payloadErased: payloadErased)
    }

    private static func checkLengths(
        streamSize: Int, typeSize: Int, sourceIDSize: Int, metadataSize: Int, payloadSize: Int, hasSourceID: Bool,
        frameSize: Int
    ) throws(FrameReader.Failure) {
        guard streamSize <= Limits.streamIDSizeBytesMax, typeSize <= Limits.typeSizeBytesMax,
            sourceIDSize <= Limits.sourceIDSizeBytesMax, metadataSize <= Limits.metadataSizeBytesMax,
            hasSourceID || sourceIDSize == 0
        else { throw .failedCheck("field length over limit") }
        // Each size is at most 2^32 - 1, so the sum cannot overflow a 64-bit Int.
        let expected = RecordLayout.frameSizeBytes(
            streamSize: streamSize, typeSize: typeSize, sourceIDSize: sourceIDSize, metadataSize: metadataSize,
            payloadSize: payloadSize)
        guard expected == frameSize else { throw .failedCheck("field lengths do not add up to the frame length") }
    }
}
