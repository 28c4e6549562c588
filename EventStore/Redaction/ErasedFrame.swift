import Integrity

/// The erased form of a record frame (FORMAT.md, "Erased payloads", segment format version 2): the payload
/// bytes replaced by as many zero bytes, frame flag bit 0 set, the CRC recomputed. The payload hash and the
/// chain hash stay, so the chain, the Merkle tree and every signed checkpoint still verify.
enum ErasedFrame {
    /// Offset of the frame flags byte in the frame header (a reserved byte in segment format version 1).
    static let frameFlagsOffset = 5
    /// Frame flag bit 0: the payload was erased, its hash kept.
    static let flagPayloadErased: UInt8 = 1

    /// Whether a frame's flags mark its payload erased. Throws for an unknown flag bit or an erased
    /// recovery record (the store's own records are never redacted).
    static func isErased(frameFlags: UInt8, kind: RecordKind) throws(FrameReader.Failure) -> Bool {
        guard frameFlags & ~flagPayloadErased == 0 else { throw .failedCheck("unknown frame flags \(frameFlags)") }
        let isErased = frameFlags & flagPayloadErased != 0
        guard !isErased || kind == .event else { throw .failedCheck("a recovery record is marked erased") }
        return isErased
    }

    /// Why `record`'s payload does not stand, or nil: an erased payload must be all zero bytes (nothing may
    /// hide behind the flag) in a segment of format version 2 or later (nil: a frame outside any segment, as in
    /// an evidence bundle); any other must match its SHA-256 payload hash (FORMAT.md, "Verify").
    static func payloadProblem(_ record: RecordedEvent, segmentFormatVersion: UInt16? = nil) -> String? {
        if record.payloadErased {
            if let version = segmentFormatVersion, version < SegmentHeader.erasedPayloadsFormatVersion {
                return "erased payload in a segment of format version \(version)"
            }
            return record.payload.allSatisfy { $0 == 0 } ? nil : "erased payload is not all zero bytes"
        }
        // The CRC is not a defence against deliberate edits and the chain commits only to the payload *hash*,
        // so the payload itself must be re-hashed.
        return constantTimeEqual(SHA256.hash(record.payload), record.payloadHash)
            ? nil : "payload does not match its SHA-256 payload hash"
    }

    /// The erased form of `frame`, one whole frame that decodes, whose payload is `payloadSize` bytes.
    static func erasing(_ frame: [UInt8], payloadSize: Int) -> [UInt8] {
        var erased = frame
        let payloadEnd = frame.count - SHA256.digestSizeBytes
        precondition(payloadSize >= 0 && payloadEnd - payloadSize >= RecordLayout.frameSizeBytesMin - 32, "payload")
        for index in (payloadEnd - payloadSize)..<payloadEnd { erased[index] = 0 }
        erased[frameFlagsOffset] |= flagPayloadErased
        let crc = RecordEncoder.frameCRC(erased[...])
        erased.withUnsafeMutableBytes {
            $0.storeBytes(of: crc.littleEndian, toByteOffset: RecordLayout.crcOffset, as: UInt32.self)
        }
        return erased
    }

    /// The frame of an erased `record` as stored, rebuilt from the record read back (for evidence bundles):
    /// encoded with a zero payload, then given the original payload hash and the chain hash it implies.
    static func encode(_ record: RecordedEvent, previousChainHash: [UInt8]) -> (frame: [UInt8], chainHash: [UInt8]) {
        precondition(record.payloadErased, "only an erased record is rebuilt this way")
        var frame = RecordEncoder.encode(RecordFields(record), previousChainHash: previousChainHash).frame
        let hashRange = RecordLayout.payloadHashRange(frameSize: frame.count, payloadSize: record.payload.count)
        frame.replaceSubrange(hashRange, with: record.payloadHash)
        let chainRange = (frame.count - SHA256.digestSizeBytes)..<frame.count
        frame.withUnsafeMutableBytes { raw in
            ChainHash.compute(
                previous: previousChainHash, kind: record.kind.rawValue,
                linkedBytes: UnsafeRawBufferPointer(
                    rebasing: raw[RecordLayout.frameHeaderSizeBytes..<hashRange.upperBound]),
                into: UnsafeMutableRawBufferPointer(rebasing: raw[chainRange]))
        }
        let erased = erasing(frame, payloadSize: record.payload.count)
        return (erased, Array(erased[chainRange]))
    }
}
