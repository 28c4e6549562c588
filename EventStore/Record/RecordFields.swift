import Integrity

/// The content of one record before framing: what the encoder writes and the decoder returns.
struct RecordFields: Sendable, Equatable {
    var kind: RecordKind
    var position: UInt64
    var streamVersion: UInt64
    var ledgerTimestampNanoseconds: Int64
    var schemaVersion: UInt16
    var stream: String
    var type: String
    var sourceID: String?
    var metadata: [UInt8]
    var payload: [UInt8]
    /// True for the last record of an append batch: recovery keeps only whole batches.
    var endsBatch: Bool
}

/// Byte layout constants of a record frame (FORMAT.md, "Record frame" and "Record body").
enum RecordLayout {
    /// Frame header: body length u32, kind u8, 3 reserved bytes, CRC32C u32.
    static let frameHeaderSizeBytes = 12
    /// Offset of the CRC within the frame header.
    static let crcOffset = 8
    /// Fixed part of the body, before the variable-length strings.
    static let bodyFixedSizeBytes = 44
    /// Flag bit: a source id is present.
    static let flagHasSourceID: UInt8 = 1
    /// Flag bit: the record ends its append batch.
    static let flagEndsBatch: UInt8 = 2
    /// Every flag bit this version defines.
    static let flagsKnown: UInt8 = flagHasSourceID | flagEndsBatch
    /// Smallest possible frame: header, fixed body, payload hash, chain hash.
    static let frameSizeBytesMin = frameHeaderSizeBytes + bodyFixedSizeBytes + 2 * SHA256.digestSizeBytes

    /// The frame size of a record with these variable parts.
    static func frameSizeBytes(streamSize: Int, typeSize: Int, sourceIDSize: Int, metadataSize: Int, payloadSize: Int)
        -> Int
    {
        frameSizeBytesMin + streamSize + typeSize + sourceIDSize + metadataSize + payloadSize
    }

    /// Where the payload hash lies in a frame of `frameSize` bytes whose payload is `payloadSize` bytes:
    /// just before the payload, which the chain hash follows.
    static func payloadHashRange(frameSize: Int, payloadSize: Int) -> Range<Int> {
        let end = frameSize - SHA256.digestSizeBytes - payloadSize
        return (end - SHA256.digestSizeBytes)..<end
    }
}
