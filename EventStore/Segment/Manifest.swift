import Integrity

/// The list of sealed segments and their chain heads (FORMAT.md, "Manifest").
///
/// Written atomically: `MANIFEST.tmp`, fdatasync, rename over `MANIFEST`, fsync of the directory.
struct Manifest: Sendable, Equatable {
    /// "CLEDGMAN".
    static let magic = Array("CLEDGMAN".utf8)
    /// Manifest format version.
    static let formatVersion: UInt16 = 1
    /// Size of the fixed preamble and of each entry.
    static let preambleSizeBytes = 16
    static let entrySizeBytes = 56

    /// One sealed segment.
    struct Entry: Sendable, Equatable {
        var segmentIndex: UInt32
        var firstPosition: UInt64
        var recordCount: UInt64
        var chainHead: [UInt8]
    }

    /// Sealed segments in index order: 0, 1, 2, ...
    var sealed: [Entry]

    /// The encoded manifest: preamble, entries, CRC32C of everything before it.
    var encoded: [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Self.preambleSizeBytes + sealed.count * Self.entrySizeBytes + 4)
        bytes.append(contentsOf: Self.magic)
        bytes.appendLittleEndian(Self.formatVersion)
        bytes.appendLittleEndian(UInt16(0))
        bytes.appendLittleEndian(UInt32(sealed.count))
        for entry in sealed {
            bytes.appendLittleEndian(entry.segmentIndex)
            bytes.appendLittleEndian(UInt32(0))
            bytes.appendLittleEndian(entry.firstPosition)
            bytes.appendLittleEndian(entry.recordCount)
            bytes.append(contentsOf: entry.chainHead)
        }
        bytes.appendLittleEndian(CRC32C.checksum(bytes))
        return bytes
    }

    /// Creates a manifest.
    init(sealed: [Entry]) { self.sealed = sealed }

    /// Decodes and checks a manifest: magic, version, count against limits and file size, CRC, and that
    /// entries are numbered 0, 1, 2, ... with contiguous positions.
    init(decoding bytes: [UInt8]) throws(EventStoreError) {
        var reader = ByteReader(bytes, context: "MANIFEST")
        guard try reader.readBytes(8, "magic") == Self.magic else {
            throw EventStoreError.corrupt(at: "MANIFEST", "bad magic")
        }
        let version = try reader.readUInt16("format version")
        guard version == Self.formatVersion else {
            throw EventStoreError.corrupt(at: "MANIFEST", "unsupported version \(version)")
        }
        try reader.readReserved(2, "padding")
        let count = Int(try reader.readUInt32("entry count"))
        guard count <= Limits.segmentCountMax, bytes.count == Self.preambleSizeBytes + count * Self.entrySizeBytes + 4
        else {
            throw EventStoreError.corrupt(at: "MANIFEST", "entry count \(count) does not match the file size")
        }
        guard CRC32C.checksum(Array(bytes.dropLast(4))) == UInt32(bytes.suffix(4), littleEndianOf: ()) else {
            throw EventStoreError.corrupt(at: "MANIFEST", "CRC mismatch")
        }
        var entries: [Entry] = []
        var nextPosition: UInt64 = 0
        for expectedIndex in 0..<UInt32(count) {
            let entry = try Self.readEntry(&reader)
            guard entry.segmentIndex == expectedIndex, entry.firstPosition == nextPosition, entry.recordCount >= 1
            else {
                throw EventStoreError.corrupt(at: "MANIFEST", "entry \(expectedIndex) is out of sequence")
            }
            let (end, overflow) = entry.firstPosition.addingReportingOverflow(entry.recordCount)
            guard !overflow else {
                throw EventStoreError.corrupt(at: "MANIFEST", "entry \(expectedIndex) ends past the largest position")
            }
            nextPosition = end
            entries.append(entry)
        }
        sealed = entries
    }

    private static func readEntry(_ reader: inout ByteReader) throws(EventStoreError) -> Entry {
        let index = try reader.readUInt32("segment index")
        try reader.readReserved(4, "entry padding")
        let first = try reader.readUInt64("first position")
        let count = try reader.readUInt64("record count")
        guard count <= UInt64(Int.max) else {
            throw EventStoreError.corrupt(at: "MANIFEST", "record count out of range")
        }
        let head = try reader.readBytes(SHA256.digestSizeBytes, "chain head")
        return Entry(segmentIndex: index, firstPosition: first, recordCount: count, chainHead: head)
    }
}

extension UInt32 {
    /// Reads 4 little-endian bytes (the caller guarantees exactly 4).
    init(_ bytes: ArraySlice<UInt8>, littleEndianOf _: ()) {
        precondition(bytes.count == 4, "UInt32 needs 4 bytes")
        self = bytes.reversed().reduce(0) { $0 << 8 | UInt32($1) }
    }
}

extension FileSystem {
    /// Replaces `path` atomically with `bytes`: write `temporaryPath`, fdatasync, rename, fsync `directory`.
    func writeAtomically(_ bytes: [UInt8], path: String, temporaryPath: String, directory: String)
        throws(FileSystemError)
    {
        let writer = try AtomicFileWriter(
            path: path, fileSystem: self, temporaryPath: temporaryPath, directory: directory)
        try writer.append(bytes)
        try writer.commit()
    }

    /// Reads a whole file, refusing one larger than `sizeBytesMax`.
    func readWholeFile(atPath path: String, sizeBytesMax: Int) throws(EventStoreError) -> [UInt8] {
        let file = try performIO("open \(path)") { () throws(FileSystemError) in
            try openFile(atPath: path, mode: .readOnly)
        }
        let size = try performIO("size of \(path)") { () throws(FileSystemError) in try file.size() }
        guard size <= sizeBytesMax else { throw EventStoreError(.corrupt, "\(path): size \(size) bytes over limit") }
        return try performIO("read \(path)") { () throws(FileSystemError) in try file.read(atOffset: 0, count: size) }
    }
}

extension Manifest {
    /// The largest valid MANIFEST: preamble, `Limits.segmentCountMax` entries and the CRC (about 56 MiB).
    static let sizeBytesMax = preambleSizeBytes + Limits.segmentCountMax * entrySizeBytes + 4

    /// Reads and decodes a ledger's MANIFEST; a missing one is damage (the caller found segment files).
    static func read(fileSystem: any FileSystem, paths: LedgerPaths) throws(EventStoreError) -> Manifest {
        guard fileSystem.fileExists(atPath: paths.manifest) else {
            throw EventStoreError(.corrupt, "MANIFEST is missing but segment files exist")
        }
        return try Manifest(decoding: fileSystem.readWholeFile(atPath: paths.manifest, sizeBytesMax: sizeBytesMax))
    }
}
