import Integrity

/// Encodes records into frames (FORMAT.md, "Record frame").
enum RecordEncoder {
    /// Encodes `fields` into a complete frame chained to `previousChainHash`.
    ///
    /// Returns the frame bytes and the record's chain hash. The frame is written in place (one allocation),
    /// the payload hash and chain hash straight into it. The caller must have checked the limits; breaking
    /// one here is a bug and traps before anything reaches the disk.
    static func encode(_ fields: RecordFields, previousChainHash: [UInt8]) -> (frame: [UInt8], chainHash: [UInt8]) {
        let sizes = VariableSizes(fields)
        let frameSize = RecordLayout.frameSizeBytes(
            streamSize: sizes.stream, typeSize: sizes.type, sourceIDSize: sizes.sourceID,
            metadataSize: fields.metadata.count, payloadSize: fields.payload.count)
        precondition(frameSize <= Limits.recordSizeBytesMax, "record over limit")
        let frame = [UInt8](unsafeUninitializedCapacity: frameSize) { buffer, initializedCount in
            let raw = UnsafeMutableRawBufferPointer(buffer)
            raw.initializeMemory(as: UInt8.self, repeating: 0)
            var writer = FrameWriter(raw)
            writeHeaderAndFixedBody(fields, sizes: sizes, frameSize: frameSize, to: &writer)
            writer.appendUTF8(fields.stream)
            writer.appendUTF8(fields.type)
            if let sourceID = fields.sourceID { writer.appendUTF8(sourceID) }
            writer.append(fields.metadata)
            let payloadHash = writer.reserve(SHA256.digestSizeBytes)
            fields.payload.withUnsafeBytes { payload in
                var hasher = SHA256()
                hasher.update(bufferPointer: payload)
                hasher.finalize(into: payloadHash)
            }
            writer.append(fields.payload)
            let linked = UnsafeRawBufferPointer(
                rebasing: raw[RecordLayout.frameHeaderSizeBytes..<(writer.offset - fields.payload.count)])
            ChainHash.compute(
                previous: previousChainHash, kind: fields.kind.rawValue, linkedBytes: linked,
                into: writer.reserve(SHA256.digestSizeBytes))
            precondition(writer.offset == frameSize, "encoded size matches computed size")
            raw.storeBytes(
                of: frameCRC(UnsafeRawBufferPointer(raw)).littleEndian, toByteOffset: RecordLayout.crcOffset,
                as: UInt32.self)
            initializedCount = frameSize
        }
        return (frame, Array(frame[(frameSize - SHA256.digestSizeBytes)...]))
    }

    /// CRC32C over the frame header's first 8 bytes and the whole body (everything but the CRC field).
    static func frameCRC(_ frame: ArraySlice<UInt8>) -> UInt32 {
        frame.withUnsafeBytes { frameCRC($0) }
    }

    /// CRC32C over the frame header's first 8 bytes and the whole body, from raw memory.
    static func frameCRC(_ frame: UnsafeRawBufferPointer) -> UInt32 {
        let head = UnsafeRawBufferPointer(rebasing: frame[0..<RecordLayout.crcOffset])
        let body = UnsafeRawBufferPointer(rebasing: frame[RecordLayout.frameHeaderSizeBytes...])
        return ~CRC32C.update(CRC32C.update(~0, bufferPointer: head), bufferPointer: body)
    }

    /// Frame header and the fixed 44-byte body part (FORMAT.md); the CRC is left zero, stored last.
    private static func writeHeaderAndFixedBody(
        _ fields: RecordFields, sizes: VariableSizes, frameSize: Int, to writer: inout FrameWriter
    ) {
        writer.append(UInt32(frameSize - RecordLayout.frameHeaderSizeBytes))
        writer.append(fields.kind.rawValue)
        writer.skip(3 + 4)  // reserved, CRC
        writer.append(fields.position)
        writer.append(fields.streamVersion)
        writer.append(UInt64(bitPattern: fields.ledgerTimestampNanoseconds))
        writer.append(fields.schemaVersion)
        writer.append(
            (fields.sourceID == nil ? 0 : RecordLayout.flagHasSourceID)
                | (fields.endsBatch ? RecordLayout.flagEndsBatch : 0))
        writer.skip(1)
        writer.append(UInt16(sizes.stream))
        writer.append(UInt16(sizes.type))
        writer.append(UInt16(sizes.sourceID))
        writer.skip(2)
        writer.append(UInt32(fields.metadata.count))
        writer.append(UInt32(fields.payload.count))
        precondition(
            writer.offset == RecordLayout.frameHeaderSizeBytes + RecordLayout.bodyFixedSizeBytes, "fixed body layout")
    }

    /// The UTF-8 sizes of the text fields, checked against their limits.
    private struct VariableSizes {
        var stream: Int
        var type: Int
        var sourceID: Int

        init(_ fields: RecordFields) {
            stream = fields.stream.utf8.count
            type = fields.type.utf8.count
            sourceID = fields.sourceID?.utf8.count ?? 0
            precondition(stream <= Limits.streamIDSizeBytesMax, "stream id over limit")
            precondition(type <= Limits.typeSizeBytesMax, "type over limit")
            precondition(sourceID <= Limits.sourceIDSizeBytesMax, "source id over limit")
            precondition(fields.metadata.count <= Limits.metadataSizeBytesMax, "metadata over limit")
        }
    }
}
