import Integrity

/// The Merkle cache file `MERKLE` (FORMAT.md, "Merkle cache"): for each sealed segment, in order, the segment's
/// identity as the manifest names it and the `MerkleRange` of its records' leaves. Written atomically by the
/// writer after a seal; a loader checks its SHA-256, every entry against the sealed segment it names, and each
/// range's shape, and ignores the file (recomputing from the log) on any mismatch.
enum MerkleCacheFile {
    /// "CLEDGMRK".
    static let magic = Array("CLEDGMRK".utf8)
    /// Format version.
    static let formatVersion: UInt16 = 1
    /// File name in the ledger directory.
    static let name = "MERKLE"

    /// One sealed segment's entry.
    struct Entry: Sendable, Equatable {
        var segmentIndex: UInt32
        var firstPosition: UInt64
        var recordCount: UInt64
        /// Chain hash of the segment's last record.
        var chainHead: [UInt8]
        var range: MerkleRange
    }

    /// The file's bytes.
    static func encode(_ entries: [Entry]) -> [UInt8] {
        var bytes = magic
        bytes.appendLittleEndian(formatVersion)
        bytes.appendLittleEndian(UInt16(0))
        bytes.appendLittleEndian(UInt32(entries.count))
        for entry in entries {
            bytes.appendLittleEndian(entry.segmentIndex)
            bytes.appendLittleEndian(UInt32(entry.range.subtrees.count))
            bytes.appendLittleEndian(entry.firstPosition)
            bytes.appendLittleEndian(entry.recordCount)
            bytes.append(contentsOf: entry.chainHead)
            for subtree in entry.range.subtrees { bytes.append(contentsOf: subtree.root) }
        }
        bytes.append(contentsOf: SHA256.hash(bytes))
        return bytes
    }

    /// The entries of a file, after checking its hash, magic, version, lengths and every range's shape.
    /// - Throws: `corrupt` naming the check that failed.
    static func decode(_ bytes: [UInt8]) throws(EventStoreError) -> [Entry] {
        let digestSize = SHA256.digestSizeBytes
        guard bytes.count >= 16 + digestSize,
            constantTimeEqual(SHA256.hash(Array(bytes.dropLast(digestSize))), Array(bytes.suffix(digestSize)))
        else { throw EventStoreError(.corrupt, "\(name): SHA-256 mismatch or truncated") }
        var reader = ByteReader(Array(bytes.dropLast(digestSize)), context: name)
        guard try reader.readBytes(magic.count, "magic") == magic, try reader.readUInt16("version") == formatVersion
        else { throw EventStoreError(.corrupt, "\(name): magic or version") }
        try reader.readReserved(2, "header")
        let count = try reader.readUInt32("entry count")
        var entries: [Entry] = []
        for _ in 0..<count {
            let segmentIndex = try reader.readUInt32("segment index")
            let rootCount = Int(try reader.readUInt32("root count"))
            let first = try reader.readUInt64("first position")
            let recordCount = try reader.readUInt64("record count")
            let chainHead = try reader.readBytes(digestSize, "chain head")
            try reader.require(rootCount * digestSize, for: "roots")
            var roots: [MerkleTree.Hash] = []
            for _ in 0..<rootCount { roots.append(try reader.readBytes(digestSize, "root")) }
            let (end, overflow) = first.addingReportingOverflow(recordCount)
            guard !overflow, recordCount > 0, let range = MerkleRange(start: first, end: end, roots: roots) else {
                throw EventStoreError(.corrupt, "\(name): entry for segment \(segmentIndex) has the wrong shape")
            }
            entries.append(
                Entry(
                    segmentIndex: segmentIndex, firstPosition: first, recordCount: recordCount, chainHead: chainHead,
                    range: range))
        }
        guard reader.remainingCount == 0 else { throw EventStoreError(.corrupt, "\(name): trailing bytes") }
        return entries
    }
}
