/// Little-endian writing of the checkpoint's fields (docs/compliance-report.md, "Projection checkpoint file");
/// public so that a derived section (`CheckpointSection`) is written with the same field encodings.
public struct CheckpointWriter {
    /// The bytes written so far.
    public private(set) var bytes: [UInt8] = []

    /// An empty writer.
    public init() {}

    /// One byte.
    public mutating func uint8(_ value: UInt8) { bytes.append(value) }

    /// A little-endian u32.
    public mutating func uint32(_ value: UInt32) {
        for shift in stride(from: 0, to: 32, by: 8) { bytes.append(UInt8(truncatingIfNeeded: value >> UInt32(shift))) }
    }

    /// A little-endian u64.
    public mutating func uint64(_ value: UInt64) {
        for shift in stride(from: 0, to: 64, by: 8) { bytes.append(UInt8(truncatingIfNeeded: value >> UInt64(shift))) }
    }

    /// A count of items or bytes (u32: no history, list or event comes near 4 GiB).
    public mutating func count(_ value: Int) { uint32(UInt32(value)) }

    /// A present flag (0 or 1) and the value (0 when absent).
    public mutating func optional(_ value: UInt64?) {
        uint8(value == nil ? 0 : 1)
        uint64(value ?? 0)
    }

    /// A u32 length and the bytes.
    public mutating func data(_ value: [UInt8]) {
        count(value.count)
        bytes += value
    }

    /// A u32 length and the UTF-8 bytes.
    public mutating func string(_ value: String) { data(Array(value.utf8)) }

    /// Bytes as they are, without a length.
    public mutating func append(_ value: [UInt8]) { bytes += value }

    /// Replaces the bytes at `offset` (a field whose value is known only later, such as a hash).
    mutating func overwrite(_ value: [UInt8], at offset: Int) {
        bytes.replaceSubrange(offset..<(offset + value.count), with: value)
    }

    /// A u64 length and the bytes `body` writes (a part of the body that may exceed 4 GiB).
    public mutating func block(_ body: (inout CheckpointWriter) -> Void) {
        let lengthOffset = bytes.count
        uint64(0)
        body(&self)
        let length = UInt64(bytes.count - lengthOffset - 8)
        for index in 0..<8 { bytes[lengthOffset + index] = UInt8(truncatingIfNeeded: length >> UInt64(8 * index)) }
    }

    /// A u32 count and that many u64 positions.
    public mutating func positions(_ values: [UInt64]) {
        count(values.count)
        for value in values { uint64(value) }
    }
}

/// Bounds-checked reading of the fields `CheckpointWriter` writes. Every failure is
/// `ProjectionError.malformedCheckpoint` naming the field and its offset, never a trap.
public struct CheckpointReader {
    /// The bytes read (a checkpoint body or one of its sections).
    public let bytes: [UInt8]
    /// The next offset to read.
    public private(set) var offset: Int

    /// A reader of `bytes` from `offset`.
    public init(_ bytes: [UInt8], offset: Int = 0) {
        self.bytes = bytes
        self.offset = offset
    }

    /// Whether every byte has been read.
    public var isAtEnd: Bool { offset == bytes.count }

    /// The range of the next `count` bytes, which are skipped.
    public mutating func range(_ count: Int, _ field: String) throws(ProjectionError) -> Range<Int> {
        guard count >= 0, bytes.count - offset >= count else {
            throw ProjectionError(.malformedCheckpoint, reason: "truncated \(field) at byte \(offset)")
        }
        defer { offset += count }
        return offset..<(offset + count)
    }

    /// One byte.
    public mutating func uint8(_ field: String) throws(ProjectionError) -> UInt8 {
        bytes[try range(1, field).lowerBound]
    }

    /// A little-endian u32.
    public mutating func uint32(_ field: String) throws(ProjectionError) -> UInt32 {
        UInt32(truncatingIfNeeded: try integer(byteCount: 4, field))
    }

    /// A little-endian u64.
    public mutating func uint64(_ field: String) throws(ProjectionError) -> UInt64 { try integer(byteCount: 8, field) }

    /// A count written by `CheckpointWriter.count`, at most the bytes left (each item takes at least one).
    public mutating func count(_ field: String) throws(ProjectionError) -> Int {
        let value = Int(try uint32(field))
        guard value <= bytes.count - offset else {
            throw ProjectionError(.malformedCheckpoint, reason: "\(field) count \(value) exceeds the bytes left")
        }
        return value
    }

    /// A value written by `CheckpointWriter.optional`.
    public mutating func optional(_ field: String) throws(ProjectionError) -> UInt64? {
        let flag = try uint8(field)
        let value = try uint64(field)
        switch flag {
        case 0 where value == 0: return nil
        case 1: return value
        default: throw ProjectionError(.malformedCheckpoint, reason: "\(field) has a bad presence flag")
        }
    }

    /// The range of a length-prefixed byte string.
    public mutating func dataRange(_ field: String) throws(ProjectionError) -> Range<Int> {
        try range(try count(field), field)
    }

    /// The range of a part written by `CheckpointWriter.block` (a u64 length, then the bytes).
    public mutating func blockRange(_ field: String) throws(ProjectionError) -> Range<Int> {
        let length = try uint64("\(field) length")
        guard length <= UInt64(bytes.count - offset) else {
            throw ProjectionError(.malformedCheckpoint, reason: "\(field) length \(length) exceeds the bytes left")
        }
        return try range(Int(length), field)
    }

    /// A length-prefixed byte string.
    public mutating func data(_ field: String) throws(ProjectionError) -> [UInt8] { Array(bytes[try dataRange(field)]) }

    /// A length-prefixed UTF-8 string.
    public mutating func string(_ field: String) throws(ProjectionError) -> String {
        guard let text = String(validating: bytes[try dataRange(field)], as: UTF8.self) else {
            throw ProjectionError(.malformedCheckpoint, reason: "\(field) is not UTF-8")
        }
        return text
    }

    /// A u32 count and that many u64 positions.
    public mutating func positions(_ field: String) throws(ProjectionError) -> [UInt64] {
        let count = try count(field)
        var values: [UInt64] = []
        values.reserveCapacity(count)
        for _ in 0..<count { values.append(try uint64(field)) }
        return values
    }

    private mutating func integer(byteCount: Int, _ field: String) throws(ProjectionError) -> UInt64 {
        let range = try range(byteCount, field)
        var value: UInt64 = 0
        for index in range { value |= UInt64(bytes[index]) << UInt64(8 * (index - range.lowerBound)) }
        return value
    }
}
