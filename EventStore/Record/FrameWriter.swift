/// Writes a record frame into memory sized for it beforehand, little-endian, without allocating.
///
/// Every write is bounds-checked: the encoder computes the size first, so running past the end is a
/// bug and traps before anything reaches the disk.
struct FrameWriter {
    private let bytes: UnsafeMutableRawBufferPointer
    /// The next offset to write.
    private(set) var offset = 0

    /// A writer at the start of `bytes`, which must be zero-filled (skipped fields stay zero).
    init(_ bytes: UnsafeMutableRawBufferPointer) { self.bytes = bytes }

    /// Writes `value` little-endian.
    mutating func append<Integer: FixedWidthInteger>(_ value: Integer) {
        let range = take(MemoryLayout<Integer>.size)
        bytes.storeBytes(of: value.littleEndian, toByteOffset: range.lowerBound, as: Integer.self)
    }

    /// Copies `source`.
    mutating func append(_ source: [UInt8]) {
        let range = take(source.count)
        source.withUnsafeBytes { UnsafeMutableRawBufferPointer(rebasing: bytes[range]).copyMemory(from: $0) }
    }

    /// Copies the UTF-8 bytes of `text`.
    mutating func appendUTF8(_ text: String) {
        var text = text
        text.withUTF8 { utf8 in
            let range = take(utf8.count)
            UnsafeMutableRawBufferPointer(rebasing: bytes[range]).copyMemory(from: UnsafeRawBufferPointer(utf8))
        }
    }

    /// Leaves `count` bytes as they are (zero) and moves past them.
    mutating func skip(_ count: Int) { _ = take(count) }

    /// Moves past `count` bytes and returns them, for a field computed in place.
    mutating func reserve(_ count: Int) -> UnsafeMutableRawBufferPointer {
        UnsafeMutableRawBufferPointer(rebasing: bytes[take(count)])
    }

    private mutating func take(_ count: Int) -> Range<Int> {
        precondition(count >= 0 && bytes.count - offset >= count, "frame write past the computed size")
        defer { offset += count }
        return offset..<(offset + count)
    }
}
