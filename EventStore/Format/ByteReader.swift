/// A bounds-checked little-endian reader over untrusted bytes.
///
/// Every read checks the remaining length first and moves the cursor only when it succeeds. A short or
/// malformed input produces a `corrupt` error naming `context` and the offset, never a trap.
struct ByteReader {
    /// The bytes being read.
    let bytes: [UInt8]
    /// The next offset to read.
    private(set) var offset: Int
    /// Names the structure being read, for error messages ("segment 3 header").
    let context: String

    /// Creates a reader starting at `offset`.
    init(_ bytes: [UInt8], offset: Int = 0, context: String) {
        self.bytes = bytes
        self.offset = offset
        self.context = context
    }

    /// The number of bytes left.
    var remainingCount: Int { bytes.count - offset }

    /// Throws `corrupt` unless `count` more bytes are available.
    func require(_ count: Int, for field: String) throws(EventStoreError) {
        guard count >= 0, remainingCount >= count else {
            throw EventStoreError.corrupt(at: context, "truncated \(field)")
        }
    }

    /// Reads one byte.
    mutating func readUInt8(_ field: String) throws(EventStoreError) -> UInt8 {
        try require(1, for: field)
        defer { offset += 1 }
        return bytes[offset]
    }

    /// Reads a little-endian UInt16.
    mutating func readUInt16(_ field: String) throws(EventStoreError) -> UInt16 {
        UInt16(truncatingIfNeeded: try readInteger(byteCount: 2, field))
    }

    /// Reads a little-endian UInt32.
    mutating func readUInt32(_ field: String) throws(EventStoreError) -> UInt32 {
        UInt32(truncatingIfNeeded: try readInteger(byteCount: 4, field))
    }

    /// Reads a little-endian UInt64.
    mutating func readUInt64(_ field: String) throws(EventStoreError) -> UInt64 {
        try readInteger(byteCount: 8, field)
    }

    /// Reads a little-endian Int64.
    mutating func readInt64(_ field: String) throws(EventStoreError) -> Int64 {
        Int64(bitPattern: try readInteger(byteCount: 8, field))
    }

    /// Reads `count` raw bytes.
    mutating func readBytes(_ count: Int, _ field: String) throws(EventStoreError) -> [UInt8] {
        try require(count, for: field)
        defer { offset += count }
        return Array(bytes[offset..<(offset + count)])
    }

    /// Skips `count` bytes and returns whether they equal `expected`, compared in place without a copy.
    mutating func skip(_ count: Int, _ field: String, matching expected: [UInt8]) throws(EventStoreError) -> Bool {
        try require(count, for: field)
        defer { offset += count }
        return count == expected.count && bytes[offset..<(offset + count)].elementsEqual(expected)
    }

    /// Reads `count` bytes that must be valid UTF-8.
    mutating func readString(_ count: Int, _ field: String) throws(EventStoreError) -> String {
        try require(count, for: field)
        guard let text = String(validating: bytes[offset..<(offset + count)], as: UTF8.self) else {
            throw EventStoreError.corrupt(at: context, "\(field) is not valid UTF-8")
        }
        offset += count
        return text
    }

    /// Reads `count` bytes that must all be zero (reserved fields).
    mutating func readReserved(_ count: Int, _ field: String) throws(EventStoreError) {
        let start = offset
        let raw = try readBytes(count, field)
        guard raw.allSatisfy({ $0 == 0 }) else {
            offset = start
            throw EventStoreError.corrupt(at: context, "reserved \(field) is not zero")
        }
    }

    private mutating func readInteger(byteCount: Int, _ field: String) throws(EventStoreError) -> UInt64 {
        try require(byteCount, for: field)
        var value: UInt64 = 0
        for index in 0..<byteCount { value |= UInt64(bytes[offset + index]) << UInt64(8 * index) }
        offset += byteCount
        return value
    }
}
