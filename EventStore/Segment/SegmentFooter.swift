import Integrity

/// The fixed 64-byte footer that seals a segment (FORMAT.md, "Segment footer").
struct SegmentFooter: Sendable, Equatable {
    /// "CLEDGEND".
    static let magic = Array("CLEDGEND".utf8)
    /// Encoded size.
    static let sizeBytes = 64

    /// Number of records in the segment (at least 1).
    var recordCount: UInt64
    /// Global position of the segment's last record.
    var lastPosition: UInt64
    /// Chain hash of the segment's last record.
    var chainHead: [UInt8]

    /// The 64 footer bytes: magic, record count, last position, chain head, CRC, reserved.
    var encoded: [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Self.sizeBytes)
        bytes.append(contentsOf: Self.magic)
        bytes.appendLittleEndian(recordCount)
        bytes.appendLittleEndian(lastPosition)
        bytes.append(contentsOf: chainHead)
        bytes.appendLittleEndian(CRC32C.checksum(bytes))
        bytes.appendLittleEndian(UInt32(0))
        precondition(bytes.count == Self.sizeBytes, "segment footer size")
        return bytes
    }

    /// Creates a footer.
    init(recordCount: UInt64, lastPosition: UInt64, chainHead: [UInt8]) {
        self.recordCount = recordCount
        self.lastPosition = lastPosition
        self.chainHead = chainHead
    }

    /// Decodes and checks a footer. Throws `corrupt` naming the segment if anything is off.
    init(decoding bytes: [UInt8], segmentIndex: UInt32, offset: Int) throws(EventStoreError) {
        let context = "segment \(segmentIndex) footer at offset \(offset)"
        var reader = ByteReader(bytes, context: context)
        try reader.require(Self.sizeBytes, for: "footer")
        guard try reader.readBytes(8, "magic") == Self.magic else {
            throw EventStoreError.corrupt(at: context, "bad magic")
        }
        recordCount = try reader.readUInt64("record count")
        lastPosition = try reader.readUInt64("last position")
        chainHead = try reader.readBytes(SHA256.digestSizeBytes, "chain head")
        let storedCRC = try reader.readUInt32("CRC")
        guard CRC32C.checksum(Array(bytes[0..<56])) == storedCRC else {
            throw EventStoreError.corrupt(at: context, "CRC mismatch")
        }
        try reader.readReserved(4, "trailer")
        guard recordCount >= 1 else { throw EventStoreError.corrupt(at: context, "sealed segment has no records") }
    }
}
