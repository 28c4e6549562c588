/// Encodes records into frames (FORMAT.md, "Record frame").
enum RecordEncoder {
    /// Encodes `fields` into a complete frame chained to `previousChainHash`.
    ///
    /// Returns the frame bytes and the record's chain hash. The caller must have checked the limits;
    /// breaking one here is a bug and traps before anything reaches the disk.
    static func encode(_ fields: RecordFields, previousChainHash: [UInt8]) -> (frame: [UInt8], chainHash: [UInt8]) {
        let stream = Array(fields.stream.utf8)
        let type = Array(fields.type.utf8)
        let sourceID = fields.sourceID.map { Array($0.utf8) } ?? []
        precondition(stream.count <= Limits.streamIDSizeBytesMax, "stream id over limit")
        precondition(type.count <= Limits.typeSizeBytesMax, "type over limit")
        precondition(sourceID.count <= Limits.sourceIDSizeBytesMax, "source id over limit")
        precondition(fields.metadata.count <= Limits.metadataSizeBytesMax, "metadata over limit")
        let frameSize = RecordLayout.frameSizeBytes(
            streamSize: stream.count, typeSize: type.count, sourceIDSize: sourceID.count,
            metadataSize: fields.metadata.count, payloadSize: fields.payload.count)
        precondition(frameSize <= Limits.recordSizeBytesMax, "record over limit")

        var frame: [UInt8] = []
        frame.reserveCapacity(frameSize)
        frame.appendLittleEndian(UInt32(frameSize - RecordLayout.frameHeaderSizeBytes))
        frame.appendLittleEndian(fields.kind.rawValue)
        frame.append(contentsOf: [0, 0, 0])
        frame.appendLittleEndian(UInt32(0))  // CRC, stored last
        let bodyStart = frame.count
        frame.appendLittleEndian(fields.position)
        frame.appendLittleEndian(fields.streamVersion)
        frame.appendLittleEndian(fields.ledgerTimestampNanoseconds)
        frame.appendLittleEndian(fields.schemaVersion)
        frame.appendLittleEndian(fields.sourceID == nil ? 0 : RecordLayout.flagHasSourceID)
        frame.appendLittleEndian(UInt8(0))
        frame.appendLittleEndian(UInt16(stream.count))
        frame.appendLittleEndian(UInt16(type.count))
        frame.appendLittleEndian(UInt16(sourceID.count))
        frame.appendLittleEndian(UInt16(0))
        frame.appendLittleEndian(UInt32(fields.metadata.count))
        frame.appendLittleEndian(UInt32(fields.payload.count))
        precondition(frame.count - bodyStart == RecordLayout.bodyFixedSizeBytes, "fixed body layout")
        frame.append(contentsOf: stream)
        frame.append(contentsOf: type)
        frame.append(contentsOf: sourceID)
        frame.append(contentsOf: fields.metadata)
        let payloadHashStart = frame.count
        frame.append(contentsOf: SHA256.hash(fields.payload))
        let chainHash = ChainHash.compute(
            previous: previousChainHash, kind: fields.kind.rawValue, bodyHeader: frame[bodyStart..<payloadHashStart],
            payloadHash: frame[payloadHashStart...])
        frame.append(contentsOf: fields.payload)
        frame.append(contentsOf: chainHash)
        precondition(frame.count == frameSize, "encoded size matches computed size")
        frame.storeLittleEndian(frameCRC(frame[...]), at: RecordLayout.crcOffset)
        return (frame, chainHash)
    }

    /// CRC32C over the frame header's first 8 bytes and the whole body (everything but the CRC field).
    static func frameCRC(_ frame: ArraySlice<UInt8>) -> UInt32 {
        frame.withUnsafeBytes { raw in
            let head = UnsafeRawBufferPointer(rebasing: raw[0..<RecordLayout.crcOffset])
            let body = UnsafeRawBufferPointer(rebasing: raw[RecordLayout.frameHeaderSizeBytes...])
            return ~CRC32C.update(CRC32C.update(~0, bufferPointer: head), bufferPointer: body)
        }
    }
}
