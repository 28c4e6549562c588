/// One file of the simulated disk: its content now, its content on the medium, and the changes
/// between the two, in the order they were made.
///
/// Syncing replays the unsynced changes onto `durable` rather than copying `current`, so each byte
/// is copied once per sync however large the file grows.
struct SimulatedInode: Sendable {
    /// A change made since the last sync.
    enum Change: Sendable {
        case write(offset: Int, bytes: [UInt8])
        case truncate(size: Int)

        /// Applies the change to `content`, zero-filling any gap a write past the end leaves.
        func apply(to content: inout [UInt8]) {
            switch self {
            case .write(let offset, let bytes):
                SimulatedInode.write(bytes, atOffset: offset, into: &content)
            case .truncate(let size):
                if size < content.count {
                    content.removeSubrange(size...)
                } else {
                    content.append(contentsOf: repeatElement(0, count: size - content.count))
                }
            }
        }
    }

    /// What reads see.
    var current: [UInt8] = []
    /// What survives a crash, before any unsynced change that happens to persist.
    var durable: [UInt8] = []
    /// Changes since the last sync, oldest first.
    var unsynced: [Change] = []

    /// Records and applies a change to the current content.
    mutating func make(_ change: Change) {
        change.apply(to: &current)
        unsynced.append(change)
    }

    /// Makes the current content durable (fdatasync).
    mutating func synchronize() {
        for change in unsynced {
            change.apply(to: &durable)
        }
        unsynced.removeAll()
    }

    /// Writes `bytes` at `offset` into `content`, overwriting, extending and zero-filling as pwrite
    /// does; writing nothing changes nothing.
    static func write(_ bytes: [UInt8], atOffset offset: Int, into content: inout [UInt8]) {
        guard !bytes.isEmpty else { return }
        if offset > content.count {
            content.append(contentsOf: repeatElement(0, count: offset - content.count))
        }
        let overlapEnd = min(offset + bytes.count, content.count)
        let overlapCount = overlapEnd - offset
        content.replaceSubrange(offset..<overlapEnd, with: bytes[..<overlapCount])
        content.append(contentsOf: bytes[overlapCount...])
    }

    /// The lengths of the prefixes of a write at `offset` of `byteCount` bytes that end on a sector
    /// boundary of the file, shortest first, always including 0 and never the whole write.
    static func tornPrefixLengths(offset: Int, byteCount: Int, sectorSizeBytes: Int) -> [Int] {
        let firstBoundary = (offset / sectorSizeBytes + 1) * sectorSizeBytes
        let inner = stride(from: firstBoundary, to: offset + byteCount, by: sectorSizeBytes)
        return [0] + inner.map { $0 - offset }
    }

    /// The write split at every sector boundary of the file, as (offset, bytes) pieces in order.
    static func sectorPieces(offset: Int, bytes: [UInt8], sectorSizeBytes: Int) -> [Change] {
        let cuts =
            tornPrefixLengths(offset: offset, byteCount: bytes.count, sectorSizeBytes: sectorSizeBytes)
            + [bytes.count]
        return zip(cuts, cuts.dropFirst()).map { start, end in
            .write(offset: offset + start, bytes: Array(bytes[start..<end]))
        }
    }
}
