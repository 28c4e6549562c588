import Integrity

/// The index checkpoint file `INDEX` (FORMAT.md, "Index checkpoint").
///
/// It records the log position and chain hash it covers and ends with a SHA-256 of its own contents. A
/// loader checks the hash, then that the log really has that chain hash at that position, and rebuilds
/// from the log on any mismatch: the checkpoint is never trusted blindly.
enum IndexCheckpoint {
    /// "CLEDGIDX".
    static let magic = Array("CLEDGIDX".utf8)
    /// Checkpoint format version.
    static let formatVersion: UInt16 = 1

    /// Encodes `index` (streams and sources in bytewise name order, so equal indexes give equal files).
    /// - Throws: `corrupt` if the index's source ids fail their checks (`LedgerIndex.allSources()`).
    static func encode(_ index: LedgerIndex) throws(EventStoreError) -> [UInt8] {
        let sources = try index.allSources()
        var bytes: [UInt8] = []
        bytes.reserveCapacity(64 + index.locations.count * 16)
        bytes.append(contentsOf: magic)
        bytes.appendLittleEndian(formatVersion)
        bytes.appendLittleEndian(UInt16(0))
        bytes.appendLittleEndian(UInt32(0))
        bytes.appendLittleEndian(index.recordCount)
        bytes.append(contentsOf: index.chainHead)
        for location in index.locations { bytes.appendLittleEndian(location) }
        bytes.appendLittleEndian(UInt64(index.streams.count))
        for (name, positions) in bytewiseSorted(index.streams) {
            appendName(name, to: &bytes)
            bytes.appendLittleEndian(UInt64(positions.count))
            for position in positions { bytes.appendLittleEndian(position) }
        }
        bytes.appendLittleEndian(UInt64(sources.count))
        for (sourceID, position) in bytewiseSorted(sources) {
            appendName(sourceID, to: &bytes)
            bytes.appendLittleEndian(position)
        }
        bytes.append(contentsOf: SHA256.hash(bytes))
        return bytes
    }

    /// Decodes a checkpoint, checking its hash, lengths and internal consistency. It does not consult the
    /// log; the caller checks the covered chain hash against the log. The source table (the last section)
    /// is checked and decoded on first use (`CheckpointSourceTable`); the SHA-256 covers it now.
    static func decode(_ bytes: [UInt8]) throws(EventStoreError) -> LedgerIndex {
        guard bytes.count >= 56 + SHA256.digestSizeBytes else {
            throw EventStoreError(.corrupt, "index checkpoint: too short")
        }
        let contentCount = bytes.count - SHA256.digestSizeBytes
        guard constantTimeEqual(SHA256.hash(bytes[0..<contentCount]), Array(bytes[contentCount...])) else {
            throw EventStoreError(.corrupt, "index checkpoint: content hash mismatch")
        }
        var reader = ByteReader(Array(bytes[0..<contentCount]), context: "index checkpoint")
        guard try reader.readBytes(8, "magic") == magic, try reader.readUInt16("version") == formatVersion else {
            throw EventStoreError(.corrupt, "index checkpoint: bad magic or version")
        }
        try reader.readReserved(6, "padding")
        let recordCount = try checkedCount(try reader.readUInt64("record count"), elementSize: 8, reader)
        let chainHead = try reader.readBytes(SHA256.digestSizeBytes, "chain head")
        var locations: [UInt64] = []
        locations.reserveCapacity(recordCount)
        for _ in 0..<recordCount { locations.append(try reader.readUInt64("location")) }
        let streams = try decodeStreams(&reader, recordCount: UInt64(recordCount))
        let sources = CheckpointSourceTable(reader: reader, recordCount: UInt64(recordCount))
        return LedgerIndex(locations: locations, streams: streams, checkpointSources: sources, chainHead: chainHead)
    }

    private static func decodeStreams(_ reader: inout ByteReader, recordCount: UInt64) throws(EventStoreError)
        -> [String: [UInt64]]
    {
        let streamCount = try checkedCount(try reader.readUInt64("stream count"), elementSize: 2, reader)
        var streams: [String: [UInt64]] = [:]
        streams.reserveCapacity(streamCount)  // no rehashing while a million entries go in
        var total = 0
        for _ in 0..<streamCount {
            let name = try readName(&reader, limit: Limits.streamIDSizeBytesMax)
            let count = try checkedCount(try reader.readUInt64("stream length"), elementSize: 8, reader)
            var positions: [UInt64] = []
            positions.reserveCapacity(count)
            for _ in 0..<count {
                let position = try reader.readUInt64("stream position")
                guard position < recordCount, positions.last.map({ $0 < position }) ?? true else {
                    throw EventStoreError(.corrupt, "index checkpoint: stream positions out of order or range")
                }
                positions.append(position)
            }
            total += count
            guard streams.updateValue(positions, forKey: name) == nil else {
                throw EventStoreError(.corrupt, "index checkpoint: stream listed twice")
            }
        }
        guard total == Int(recordCount) else {
            throw EventStoreError(.corrupt, "index checkpoint: stream totals do not match")
        }
        return streams
    }

    /// Decodes the source table, which must end the checkpoint.
    static func decodeSources(_ reader: inout ByteReader, recordCount: UInt64) throws(EventStoreError)
        -> [String: UInt64]
    {
        let sourceCount = try checkedCount(try reader.readUInt64("source count"), elementSize: 10, reader)
        var sources: [String: UInt64] = [:]
        sources.reserveCapacity(sourceCount)
        for _ in 0..<sourceCount {
            let sourceID = try readName(&reader, limit: Limits.sourceIDSizeBytesMax)
            let position = try reader.readUInt64("source position")
            guard position < recordCount, sources.updateValue(position, forKey: sourceID) == nil else {
                throw EventStoreError(.corrupt, "index checkpoint: bad source entry")
            }
        }
        guard reader.remainingCount == 0 else { throw EventStoreError(.corrupt, "index checkpoint: trailing bytes") }
        return sources
    }

    /// Converts an untrusted count to Int, refusing one that cannot fit in the remaining bytes.
    private static func checkedCount(_ count: UInt64, elementSize: Int, _ reader: ByteReader) throws(EventStoreError)
        -> Int
    {
        guard let value = Int(exactly: count), value <= reader.remainingCount / elementSize else {
            throw EventStoreError(.corrupt, "index checkpoint: count \(count) exceeds the file")
        }
        return value
    }

    /// The entries of `dictionary` in bytewise UTF-8 order of their keys; each key's bytes are taken once,
    /// not once per comparison (a sort of a million source ids makes about twenty million comparisons).
    private static func bytewiseSorted<Value>(_ dictionary: [String: Value]) -> [(key: [UInt8], value: Value)] {
        dictionary.map { (key: Array($0.key.utf8), value: $0.value) }
            .sorted { $0.key.lexicographicallyPrecedes($1.key) }
    }

    private static func appendName(_ name: [UInt8], to bytes: inout [UInt8]) {
        bytes.appendLittleEndian(UInt16(name.count))
        bytes.append(contentsOf: name)
    }

    private static func readName(_ reader: inout ByteReader, limit: Int) throws(EventStoreError) -> String {
        let size = Int(try reader.readUInt16("name length"))
        guard size <= limit else { throw EventStoreError(.corrupt, "index checkpoint: name over limit") }
        return try reader.readString(size, "name")
    }
}
