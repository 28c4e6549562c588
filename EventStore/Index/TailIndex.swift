import Integrity

/// The tail index file `INDEX-TAIL` (FORMAT.md, "Tail index"): the index entries of the records after an
/// index checkpoint (`INDEX`), written at close so that the next open neither rewrites nor rescans them.
///
/// It names its base (the record count and chain hash the `INDEX` it extends covers) and ends with a
/// SHA-256 of its own contents. A loader applies it only on top of exactly that base, and then checks the
/// log holds its last record with its chain hash; on any mismatch it is ignored and the log is scanned.
struct TailIndex: Sendable, Equatable {
    /// "CLEDGITL".
    static let magic = Array("CLEDGITL".utf8)
    /// Tail index format version.
    static let formatVersion: UInt16 = 1
    /// Bytes before the entries: magic, version, reserved, base count, base hash, count, chain head.
    static let headerSizeBytes = 96
    /// Smallest entry: location, stream version, two lengths, a 1-byte stream id.
    static let entrySizeBytesMin = 21
    /// Largest file a loader reads: more entries than one segment at the largest cap can hold records
    /// (a tail index covers at most the records since the last seal's checkpoint, or a ledger never sealed).
    static let sizeBytesMax =
        headerSizeBytes + SHA256.digestSizeBytes
        + (Limits.segmentSizeBytesMax / RecordLayout.frameSizeBytesMin + 1)
        * (20 + Limits.streamIDSizeBytesMax
            + Limits.sourceIDSizeBytesMax)

    /// The base and entries.
    var journal: IndexJournal
    /// Chain hash of the last record the file covers (the base's when it has no entries).
    var chainHead: [UInt8]

    /// Records covered: the base plus the entries.
    var recordCount: UInt64 { journal.baseRecordCount + UInt64(journal.entries.count) }

    /// The file's bytes.
    var encoded: [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Self.headerSizeBytes + journal.entries.count * 64 + SHA256.digestSizeBytes)
        bytes.append(contentsOf: Self.magic)
        bytes.appendLittleEndian(Self.formatVersion)
        bytes.append(contentsOf: [UInt8](repeating: 0, count: 6))
        bytes.appendLittleEndian(journal.baseRecordCount)
        bytes.append(contentsOf: journal.baseChainHead)
        bytes.appendLittleEndian(recordCount)
        bytes.append(contentsOf: chainHead)
        for entry in journal.entries {
            bytes.appendLittleEndian(entry.location)
            bytes.appendLittleEndian(entry.streamVersion)
            let stream = Array(entry.stream.utf8)
            let sourceID = Array((entry.sourceID ?? "").utf8)
            bytes.appendLittleEndian(UInt16(stream.count))
            bytes.appendLittleEndian(UInt16(sourceID.count))
            bytes.append(contentsOf: stream)
            bytes.append(contentsOf: sourceID)
        }
        bytes.append(contentsOf: SHA256.hash(bytes))
        return bytes
    }

    /// Decodes and checks a tail index: its SHA-256, magic, version, reserved bytes, counts against the
    /// bytes present, name lengths against the limits. The caller checks it against `INDEX` and the log.
    init(decoding bytes: [UInt8]) throws(EventStoreError) {
        guard bytes.count >= Self.headerSizeBytes + SHA256.digestSizeBytes else {
            throw EventStoreError(.corrupt, "tail index: too short")
        }
        let contentCount = bytes.count - SHA256.digestSizeBytes
        guard constantTimeEqual(SHA256.hash(bytes[0..<contentCount]), Array(bytes[contentCount...])) else {
            throw EventStoreError(.corrupt, "tail index: content hash mismatch")
        }
        var reader = ByteReader(Array(bytes[0..<contentCount]), context: "tail index")
        guard try reader.readBytes(8, "magic") == Self.magic, try reader.readUInt16("version") == Self.formatVersion
        else { throw EventStoreError(.corrupt, "tail index: bad magic or version") }
        try reader.readReserved(6, "padding")
        var journal = IndexJournal(
            baseRecordCount: try reader.readUInt64("base record count"),
            baseChainHead: try reader.readBytes(SHA256.digestSizeBytes, "base chain head"))
        let recordCount = try reader.readUInt64("record count")
        chainHead = try reader.readBytes(SHA256.digestSizeBytes, "chain head")
        guard recordCount >= journal.baseRecordCount,
            let entryCount = Int(exactly: recordCount - journal.baseRecordCount),
            entryCount <= reader.remainingCount / Self.entrySizeBytesMin
        else { throw EventStoreError(.corrupt, "tail index: record count does not fit the file") }
        journal.entries.reserveCapacity(entryCount)
        for _ in 0..<entryCount { journal.entries.append(try Self.readEntry(&reader)) }
        guard reader.remainingCount == 0 else { throw EventStoreError(.corrupt, "tail index: trailing bytes") }
        self.journal = journal
    }

    /// A tail index of `journal`, whose last record has `chainHead`.
    init(journal: IndexJournal, chainHead: [UInt8]) {
        self.journal = journal
        self.chainHead = chainHead
    }

    private static func readEntry(_ reader: inout ByteReader) throws(EventStoreError) -> IndexJournal.Entry {
        let location = try reader.readUInt64("location")
        let streamVersion = try reader.readUInt64("stream version")
        let streamSize = Int(try reader.readUInt16("stream length"))
        let sourceIDSize = Int(try reader.readUInt16("source id length"))
        guard (1...Limits.streamIDSizeBytesMax).contains(streamSize), sourceIDSize <= Limits.sourceIDSizeBytesMax
        else { throw EventStoreError(.corrupt, "tail index: name length over limit") }
        let stream = try reader.readString(streamSize, "stream")
        let sourceID = sourceIDSize == 0 ? nil : try reader.readString(sourceIDSize, "source id")
        return IndexJournal.Entry(location: location, streamVersion: streamVersion, stream: stream, sourceID: sourceID)
    }
}
