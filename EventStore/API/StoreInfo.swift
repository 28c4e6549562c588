import Integrity

/// A summary of a store's committed state.
public struct StoreInfo: Sendable, Equatable {
    /// Number of records (events and recovery records); positions run 0..<recordCount.
    public var recordCount: UInt64
    /// The last record's position, or nil for an empty ledger.
    public var lastPosition: UInt64?
    /// The chain hash of the last record (the genesis hash for an empty ledger).
    public var chainHead: [UInt8]
    /// Number of segment files, sealed and open.
    public var segmentCount: Int
    /// Number of distinct streams (including the reserved recovery stream when it has records).
    public var streamCount: Int
    /// Total bytes in the segment files.
    public var sizeBytes: UInt64
}

/// Where the indexes came from when the store opened.
public enum IndexOrigin: Sendable, Equatable {
    /// Loaded from a verified checkpoint covering this many records, then caught up from the log.
    case checkpoint(recordCount: UInt64)
    /// Rebuilt by scanning the log, for this reason (no checkpoint, or it failed a check).
    case rebuilt(reason: String)
}

/// The result of `EventStore.verify()`.
public struct VerifyReport: Sendable, Equatable {
    /// Records whose CRC, chain link and position were checked and found good.
    public var recordsChecked: UInt64
    /// The chain hash after the last good record.
    public var chainHead: [UInt8]
    /// The RFC 9162 Merkle tree root over the good records, positions `0..<recordsChecked` (leaf `n` is
    /// record `n`'s chain hash; FORMAT.md, "Merkle tree"). `MerkleTree.emptyRoot` when none were checked.
    public var merkleRoot: MerkleTree.Hash
    /// The first failure found, or nil if the whole ledger verified.
    public var firstFailure: VerifyFailure?

    /// True when nothing failed.
    public var isIntact: Bool { firstFailure == nil }
}

/// Precisely where verification first failed.
public struct VerifyFailure: Sendable, Equatable, CustomStringConvertible {
    /// The segment index (nil when the manifest itself failed).
    public var segmentIndex: UInt32?
    /// The byte offset within the segment (or manifest).
    public var offset: UInt64
    /// The position of the record expected there, if one was expected.
    public var position: UInt64?
    /// What failed ("CRC mismatch", "chain hash mismatch", ...).
    public var what: String

    /// "segment 2, offset 4096, position 17: chain hash mismatch".
    public var description: String {
        let segment = segmentIndex.map { "segment \($0)" } ?? "MANIFEST"
        let at = position.map { ", position \($0)" } ?? ""
        return "\(segment), offset \(offset)\(at): \(what)"
    }
}
