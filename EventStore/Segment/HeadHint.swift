import Integrity

/// The durable-tail hint that the writer publishes after each sync (FORMAT.md, "HEAD").
///
/// Written in place with pwrite and never fsynced: it only ever names data that is already durable, so
/// a stale or torn HEAD makes a reader see less, never more. A reader checks it with its CRC.
struct HeadHint: Sendable, Equatable {
    /// "CLEDGHED".
    static let magic = Array("CLEDGHED".utf8)
    /// Encoded size.
    static let sizeBytes = 72

    /// Records durable in the log (positions 0..<recordCount).
    var recordCount: UInt64
    /// The segment holding the durable tail.
    var segmentIndex: UInt32
    /// Byte offset just past the last durable record in that segment.
    var tailOffset: UInt64
    /// Chain hash of the last durable record.
    var chainHead: [UInt8]

    /// The 72 bytes: magic, record count, segment, reserved, tail offset, chain head, CRC, reserved.
    var encoded: [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Self.sizeBytes)
        bytes.append(contentsOf: Self.magic)
        bytes.appendLittleEndian(recordCount)
        bytes.appendLittleEndian(segmentIndex)
        bytes.appendLittleEndian(UInt32(0))
        bytes.appendLittleEndian(tailOffset)
        bytes.append(contentsOf: chainHead)
        bytes.appendLittleEndian(CRC32C.checksum(bytes))
        bytes.appendLittleEndian(UInt32(0))
        precondition(bytes.count == Self.sizeBytes, "HEAD size")
        return bytes
    }

    /// Creates a hint.
    init(recordCount: UInt64, segmentIndex: UInt32, tailOffset: UInt64, chainHead: [UInt8]) {
        self.recordCount = recordCount
        self.segmentIndex = segmentIndex
        self.tailOffset = tailOffset
        self.chainHead = chainHead
    }

    /// Decodes and checks a hint; throws `corrupt` if it is torn or malformed.
    init(decoding bytes: [UInt8]) throws(EventStoreError) {
        var reader = ByteReader(bytes, context: "HEAD")
        guard bytes.count == Self.sizeBytes, try reader.readBytes(8, "magic") == Self.magic else {
            throw EventStoreError.corrupt(at: "HEAD", "bad size or magic")
        }
        recordCount = try reader.readUInt64("record count")
        segmentIndex = try reader.readUInt32("segment index")
        try reader.readReserved(4, "padding")
        tailOffset = try reader.readUInt64("tail offset")
        chainHead = try reader.readBytes(SHA256.digestSizeBytes, "chain head")
        let storedCRC = try reader.readUInt32("CRC")
        guard CRC32C.checksum(Array(bytes[0..<64])) == storedCRC else {
            throw EventStoreError.corrupt(at: "HEAD", "CRC mismatch")
        }
        try reader.readReserved(4, "trailing reserved")  // outside the CRC: checked here (FORMAT.md, line 4)
    }
}
