import Integrity

/// The ledger's RFC 9162 tree at one size, computed from the sealed segments' cached `MerkleRange`s and the
/// leaves of only the segments a computation cuts through, instead of every leaf of the ledger.
///
/// Any subtree root the RFC's algorithms need (`rangeRoot`) is folded from the cached ranges of the segments
/// it covers whole and the leaves of at most two segments it covers in part (read once, then kept).
struct MerkleView {
    /// The tree size.
    let treeSize: UInt64
    /// The sealed segments' ranges, in order, contiguous from position 0.
    let sealed: [MerkleRange]
    /// The leaf hashes of positions `range` (a part of one segment, or of the tail).
    let readLeaves: (Range<UInt64>) throws(EventStoreError) -> [MerkleTree.Hash]
    /// Leaf hashes already read, by segment (index into `sealed`, or `sealed.count` for the rest).
    private var leaves: [Int: [MerkleTree.Hash]] = [:]

    init(
        treeSize: UInt64, sealed: [MerkleRange],
        readLeaves: @escaping (Range<UInt64>) throws(EventStoreError) -> [MerkleTree.Hash]
    ) {
        self.treeSize = treeSize
        self.sealed = sealed
        self.readLeaves = readLeaves
    }

    /// The root of the tree of `treeSize` leaves.
    mutating func root() throws(EventStoreError) -> MerkleTree.Hash { try rangeRoot(0..<treeSize) }

    /// The RFC 9162 §2.1.3.1 audit path of leaf `index`.
    mutating func inclusionPath(_ index: UInt64) throws(EventStoreError) -> [MerkleTree.Hash] {
        var path: [MerkleTree.Hash] = []
        var range = 0..<treeSize
        while range.count > 1 {
            let split = range.lowerBound + Self.splitSize(UInt64(range.count))
            if index < split {
                path.append(try rangeRoot(split..<range.upperBound))
                range = range.lowerBound..<split
            } else {
                path.append(try rangeRoot(range.lowerBound..<split))
                range = split..<range.upperBound
            }
        }
        return path.reversed()
    }

    /// The RFC 9162 §2.1.4.1 consistency proof from the tree of `oldSize` leaves.
    mutating func consistencyPath(from oldSize: UInt64) throws(EventStoreError) -> [MerkleTree.Hash] {
        guard oldSize > 0, oldSize < treeSize else { return [] }
        var path: [MerkleTree.Hash] = []
        var (range, old, isWhole) = (0..<treeSize, oldSize, true)
        while old != UInt64(range.count) {
            let split = Self.splitSize(UInt64(range.count))
            if old <= split {
                path.append(try rangeRoot((range.lowerBound + split)..<range.upperBound))
                range = range.lowerBound..<(range.lowerBound + split)
            } else {
                path.append(try rangeRoot(range.lowerBound..<(range.lowerBound + split)))
                range = (range.lowerBound + split)..<range.upperBound
                old -= split
                isWhole = false
            }
        }
        if !isWhole { path.append(try rangeRoot(range)) }
        return path.reversed()
    }

    /// The Merkle Tree Hash of the leaves in `range` (a range the RFC's recursion produces, or a prefix).
    mutating func rangeRoot(_ range: Range<UInt64>) throws(EventStoreError) -> MerkleTree.Hash {
        var folder = MerkleRangeFolder()
        var position = range.lowerBound
        for (number, segment) in sealed.enumerated() where position < range.upperBound {
            guard let first = segment.subtrees.first, let last = segment.subtrees.last else { continue }
            let segmentEnd = last.start + last.leafCount
            guard position < segmentEnd else { continue }
            if position == first.start && range.upperBound >= segmentEnd {
                for subtree in segment.subtrees { folder.append(root: subtree.root, height: subtree.height) }
            } else {
                let hashes = try segmentLeaves(number, first.start..<segmentEnd)
                let end = min(segmentEnd, range.upperBound)
                for hash in hashes[Int(position - first.start)..<Int(end - first.start)] {
                    folder.append(leafHash: hash)
                }
            }
            position = min(segmentEnd, range.upperBound)
        }
        if position < range.upperBound {
            let tailStart = sealed.last.flatMap { $0.subtrees.last.map { $0.start + $0.leafCount } } ?? 0
            let hashes = try segmentLeaves(sealed.count, tailStart..<treeSize)
            for hash in hashes[Int(position - tailStart)..<Int(range.upperBound - tailStart)] {
                folder.append(leafHash: hash)
            }
        }
        return folder.root
    }

    /// The largest power of two below `size` (≥ 2): where RFC 9162 splits a tree.
    static func splitSize(_ size: UInt64) -> UInt64 { 1 << UInt64(63 - (size - 1).leadingZeroBitCount) }

    private mutating func segmentLeaves(_ number: Int, _ range: Range<UInt64>) throws(EventStoreError)
        -> [MerkleTree.Hash]
    {
        if let known = leaves[number] { return known }
        let read = try readLeaves(range)
        leaves[number] = read
        return read
    }
}
