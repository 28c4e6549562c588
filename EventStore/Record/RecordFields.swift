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
    /// Smallest possible frame: header, fixed body, payload hash, chain hash.
    static let frameSizeBytesMin = frameHeaderSizeBytes + bodyFixedSizeBytes + 2 * SHA256.digestSizeBytes

    /// The frame size of a record with these variable parts.
    static func frameSizeBytes(streamSize: Int, typeSize: Int, sourceIDSize: Int, metadataSize: Int, payloadSize: Int) -> Int {
        frameSizeBytesMin + streamSize + typeSize + sourceIDSize + metadataSize + payloadSize
    }
}
