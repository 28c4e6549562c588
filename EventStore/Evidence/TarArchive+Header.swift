/// The ustar header block (POSIX.1-1988): field offsets, writing, and strict reading.
extension TarArchive {
    private static let modeOffset = 100
    private static let uidOffset = 108
    private static let gidOffset = 116
    private static let sizeOffset = 124
    private static let mtimeOffset = 136
    private static let checksumOffset = 148
    private static let typeOffset = 156
    private static let magicOffset = 257
    private static let prefixOffset = 345
    private static let prefixSizeBytes = 155
    /// `ustar\0` then version `00`.
    private static let magic = Array("ustar\u{0}00".utf8)
    /// Type flag of a regular file.
    private static let regularFileType = UInt8(ascii: "0")

    /// The header of a regular file `name` of `sizeBytes` bytes.
    static func header(name: String, sizeBytes: Int) -> [UInt8] {
        var block = [UInt8](repeating: 0, count: blockSizeBytes)
        block.replaceSubrange(0..<name.utf8.count, with: name.utf8)
        store(octal: 0o644, width: 8, at: modeOffset, in: &block)
        store(octal: 0, width: 8, at: uidOffset, in: &block)
        store(octal: 0, width: 8, at: gidOffset, in: &block)
        store(octal: sizeBytes, width: 12, at: sizeOffset, in: &block)
        store(octal: 0, width: 12, at: mtimeOffset, in: &block)
        block[typeOffset] = regularFileType
        block.replaceSubrange(magicOffset..<(magicOffset + magic.count), with: magic)
        let checksum = checksum(of: block[...])
        store(octal: checksum, width: 7, at: checksumOffset, in: &block)
        block[checksumOffset + 7] = UInt8(ascii: " ")
        return block
    }

    /// The name and size in a header block at `offset`, after checking its magic, checksum and type.
    static func decodeHeader(_ block: ArraySlice<UInt8>, offset: Int) throws(EventStoreError) -> (String, Int) {
        let at = "archive offset \(offset)"
        let bytes = Array(block)
        guard Array(bytes[magicOffset..<(magicOffset + magic.count)]) == magic else {
            throw EventStoreError.corrupt(at: at, "not a ustar header (magic)")
        }
        guard let stored = octal(bytes[checksumOffset..<(checksumOffset + 8)]), stored == checksum(of: bytes[...])
        else { throw EventStoreError.corrupt(at: at, "header checksum mismatch") }
        guard bytes[typeOffset] == regularFileType,
            bytes[prefixOffset..<(prefixOffset + prefixSizeBytes)].allSatisfy({ $0 == 0 })
        else { throw EventStoreError.corrupt(at: at, "not a plain regular file entry") }
        let nameBytes = bytes[0..<nameSizeBytesMax].prefix { $0 != 0 }
        let name = String(decoding: nameBytes, as: UTF8.self)
        guard Array(name.utf8) == Array(nameBytes), isValidName(name) else {
            throw EventStoreError.corrupt(at: at, "entry name is not a relative UTF-8 path")
        }
        guard let sizeBytes = octal(bytes[sizeOffset..<(sizeOffset + 12)]) else {
            throw EventStoreError.corrupt(at: at, "size is not an octal number")
        }
        return (name, sizeBytes)
    }

    /// The header checksum: the sum of its bytes with the checksum field read as eight spaces.
    private static func checksum(of block: ArraySlice<UInt8>) -> Int {
        var sum = 0
        for (index, byte) in zip(0..., block) {
            let inField = (checksumOffset..<(checksumOffset + 8)).contains(index)
            sum += inField ? Int(UInt8(ascii: " ")) : Int(byte)
        }
        return sum
    }

    /// Writes `value` as `width - 1` zero-padded octal digits and a NUL.
    private static func store(octal value: Int, width: Int, at offset: Int, in block: inout [UInt8]) {
        let digits = Array(String(value, radix: 8).utf8)
        precondition(digits.count < width, "tar field overflow")
        let padded = [UInt8](repeating: UInt8(ascii: "0"), count: width - 1 - digits.count) + digits + [0]
        block.replaceSubrange(offset..<(offset + width), with: padded)
    }

    /// An octal field: digits, then NUL or space terminators only; nil otherwise.
    private static func octal(_ field: ArraySlice<UInt8>) -> Int? {
        let digits = field.prefix { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "7") }
        guard !digits.isEmpty, digits.count <= 11,
            field.dropFirst(digits.count).allSatisfy({ $0 == 0 || $0 == UInt8(ascii: " ") })
        else { return nil }
        return digits.reduce(0) { $0 * 8 + Int($1 - UInt8(ascii: "0")) }
    }
}
