import Integrity

/// The fixed 64-byte header at the start of every segment file (FORMAT.md, "Segment header").
struct SegmentHeader: Sendable, Equatable {
    /// "CLEDGSEG".
    static let magic = Array("CLEDGSEG".utf8)
    /// The segment format version this code writes for new segments.
    static let currentFormatVersion: UInt16 = 1
    /// The format version of a segment rewritten by a redaction: records may carry erased payloads
    /// (FORMAT.md, "Erased payloads"). Readers accept both.
    static let erasedPayloadsFormatVersion: UInt16 = 2
    /// Encoded size.
    static let sizeBytes = 64

    /// The segment's index (its file number).
    var segmentIndex: UInt32
    /// The global position of the segment's first record.
    var firstPosition: UInt64
    /// The chain hash of the record before the segment's first record (genesis for segment 0).
    var previousChainHash: [UInt8]
    /// 1, or 2 once a redaction rewrote the segment.
    var formatVersion: UInt16 = currentFormatVersion

    /// The 64 header bytes: magic, version, reserved, index, first position, previous hash, CRC, reserved.
    var encoded: [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Self.sizeBytes)
        bytes.append(contentsOf: Self.magic)
        bytes.appendLittleEndian(formatVersion)
        bytes.appendLittleEndian(UInt16(0))
        bytes.appendLittleEndian(segmentIndex)
        bytes.appendLittleEndian(firstPosition)
        bytes.append(contentsOf: previousChainHash)
        bytes.appendLittleEndian(CRC32C.checksum(bytes))
        bytes.appendLittleEndian(UInt32(0))
        precondition(bytes.count == Self.sizeBytes, "segment header size")
        return bytes
    }

    /// Creates a header.
    init(segmentIndex: UInt32, firstPosition: UInt64, previousChainHash: [UInt8]) {
        self.segmentIndex = segmentIndex
        self.firstPosition = firstPosition
        self.previousChainHash = previousChainHash
    }

    /// Decodes and checks a header. Throws `corrupt` naming the segment if anything is off.
    init(decoding bytes: [UInt8], expectedIndex: UInt32) throws(EventStoreError) {
        let context = "segment \(expectedIndex) header"
        var reader = ByteReader(bytes, context: context)
        try reader.require(Self.sizeBytes, for: "header")
        guard try reader.readBytes(8, "magic") == Self.magic else {
            throw EventStoreError.corrupt(at: context, "bad magic")
        }
        formatVersion = try reader.readUInt16("format version")
        guard formatVersion == Self.currentFormatVersion || formatVersion == Self.erasedPayloadsFormatVersion else {
            throw EventStoreError.corrupt(at: context, "unsupported format version \(formatVersion)")
        }
        try reader.readReserved(2, "version padding")
        segmentIndex = try reader.readUInt32("segment index")
        firstPosition = try reader.readUInt64("first position")
        previousChainHash = try reader.readBytes(SHA256.digestSizeBytes, "previous chain hash")
        let storedCRC = try reader.readUInt32("CRC")
        guard CRC32C.checksum(Array(bytes[0..<56])) == storedCRC else {
            throw EventStoreError.corrupt(at: context, "CRC mismatch")
        }
        try reader.readReserved(4, "trailer")
        guard segmentIndex == expectedIndex else {
            throw EventStoreError.corrupt(at: context, "header names segment \(segmentIndex)")
        }
    }
}
