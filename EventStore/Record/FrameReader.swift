/// A bounds-checked little-endian reader over one record frame in memory, for the decoder's hot loop.
///
/// Unlike `ByteReader` it reads from raw memory, allocates only the fields it returns and builds no
/// text unless a check fails: its failures name the field, and `RecordDecoder` adds where it was.
struct FrameReader {
    /// Why a frame failed: a read (worded as `ByteReader` words it), or a check of the caller's.
    enum Failure: Error {
        case truncated(StaticString)
        case invalidUTF8(StaticString)
        case reservedNotZero(StaticString)
        case failedCheck(String)

        /// "truncated stream id", "type is not valid UTF-8", "reserved body flags is not zero".
        var message: String {
            switch self {
            case .truncated(let field): "truncated \(field)"
            case .invalidUTF8(let field): "\(field) is not valid UTF-8"
            case .reservedNotZero(let field): "reserved \(field) is not zero"
            case .failedCheck(let message): message
            }
        }
    }

    /// The frame (or more) being read.
    let bytes: UnsafeRawBufferPointer
    /// The next offset to read.
    private(set) var offset: Int

    /// Creates a reader starting at `offset`.
    init(_ bytes: UnsafeRawBufferPointer, offset: Int) {
        self.bytes = bytes
        self.offset = offset
    }

    /// Reads a little-endian integer of `type`'s width.
    @inline(__always)
    mutating func read<Integer: FixedWidthInteger>(_ type: Integer.Type, _ field: StaticString) throws(Failure)
        -> Integer
    {
        let range = try take(MemoryLayout<Integer>.size, field)
        return Integer(littleEndian: bytes.loadUnaligned(fromByteOffset: range.lowerBound, as: Integer.self))
    }

    /// Skips `count` reserved bytes, which must all be zero.
    mutating func skipReserved(_ count: Int, _ field: StaticString) throws(Failure) {
        let start = offset
        let range = try take(count, field)
        for index in range where bytes[index] != 0 {
            offset = start
            throw .reservedNotZero(field)
        }
    }

    /// Reads `count` bytes that must be valid UTF-8.
    mutating func readString(_ count: Int, _ field: StaticString) throws(Failure) -> String {
        let start = offset
        let utf8 = UnsafeRawBufferPointer(rebasing: bytes[try take(count, field)])
        // Stream ids and type names are nearly always ASCII, which is valid UTF-8 as it stands; the
        // generic validating initialiser costs more than the rest of the decode.
        if Self.isASCII(utf8) { return String(decoding: utf8.assumingMemoryBound(to: UInt8.self), as: UTF8.self) }
        guard let text = String(validating: utf8, as: UTF8.self) else {
            offset = start
            throw .invalidUTF8(field)
        }
        return text
    }

    /// Whether every byte is below 0x80, eight at a time.
    private static func isASCII(_ bytes: UnsafeRawBufferPointer) -> Bool {
        var highBits: UInt64 = 0
        var index = 0
        while bytes.count - index >= 8 {
            highBits |= bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            index += 8
        }
        while index < bytes.count {
            highBits |= UInt64(bytes[index])
            index += 1
        }
        return highBits & 0x8080_8080_8080_8080 == 0
    }

    /// Reads `count` raw bytes into a new array.
    mutating func readBytes(_ count: Int, _ field: StaticString) throws(Failure) -> [UInt8] {
        Array(UnsafeRawBufferPointer(rebasing: bytes[try take(count, field)]))
    }

    /// Moves past `count` bytes and returns their range, or throws `truncated` without moving.
    @inline(__always)
    mutating func take(_ count: Int, _ field: StaticString) throws(Failure) -> Range<Int> {
        guard count >= 0, bytes.count - offset >= count else { throw .truncated(field) }
        defer { offset += count }
        return offset..<(offset + count)
    }
}
