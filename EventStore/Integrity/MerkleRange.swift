/// A run of consecutive leaves of an RFC 9162 tree held as the roots of the aligned perfect subtrees that cover
/// it (a "compact range"): each subtree of `2^h` leaves starts at a multiple of `2^h`, taken greedily from the
/// left. A range of `n` leaves needs at most `2 log₂ n` roots, so a segment's leaves can be summarised in a few
/// hundred bytes and whole runs of segments folded without rereading their leaves.
public struct MerkleRange: Sendable, Equatable {
    /// One aligned perfect subtree: `2^height` leaves from `start`, and its root.
    public struct Subtree: Sendable, Equatable {
        /// The position of its first leaf, a multiple of `2^height`.
        public var start: UInt64
        /// Its height: it covers `2^height` leaves.
        public var height: Int
        /// Its RFC 9162 root.
        public var root: MerkleTree.Hash

        /// Creates a subtree from its parts.
        public init(start: UInt64, height: Int, root: MerkleTree.Hash) {
            self.start = start
            self.height = height
            self.root = root
        }

        /// The number of leaves it covers.
        public var leafCount: UInt64 { 1 << UInt64(height) }
    }

    /// The subtrees, left to right, covering `start..<end` exactly.
    public private(set) var subtrees: [Subtree]

    /// The aligned subtrees (start, height) that cover `start..<end`, greedily from the left.
    public static func shape(start: UInt64, end: UInt64) -> [(start: UInt64, height: Int)] {
        var shape: [(start: UInt64, height: Int)] = []
        var position = start
        while position < end {
            var height = position == 0 ? 63 : position.trailingZeroBitCount
            while height > 0 && (end - position) < (1 << UInt64(height)) { height -= 1 }
            shape.append((position, height))
            position += 1 << UInt64(height)
        }
        return shape
    }

    /// The range of `leafHashes`, the leaves from `start` on.
    public init(start: UInt64, leafHashes: [MerkleTree.Hash]) {
        var offset = 0
        subtrees = Self.shape(start: start, end: start + UInt64(leafHashes.count)).map { part in
            let count = 1 << part.height
            defer { offset += count }
            return Subtree(
                start: part.start, height: part.height,
                root: MerkleTree.root(leafHashes: Array(leafHashes[offset..<(offset + count)])))
        }
    }

    /// A range from stored subtrees; nil unless they have exactly the shape of `start..<end`.
    public init?(start: UInt64, end: UInt64, roots: [MerkleTree.Hash]) {
        let shape = Self.shape(start: start, end: end)
        guard shape.count == roots.count, roots.allSatisfy({ $0.count == SHA256.digestSizeBytes }) else { return nil }
        subtrees = zip(shape, roots).map { Subtree(start: $0.0.start, height: $0.0.height, root: $0.1) }
    }
}

/// Folds aligned perfect subtrees, appended left to right, into the RFC 9162 root of the leaves they cover.
///
/// Correct when the first subtree starts at a multiple of the largest power of two not above the total number
/// of leaves (position 0, or any range the RFC's recursion produces) and each subtree starts where the
/// previous one ended, as the shapes of consecutive `MerkleRange`s do.
public struct MerkleRangeFolder: Sendable {
    /// Perfect subtrees not yet merged, heights strictly decreasing.
    private var stack: [(height: Int, root: MerkleTree.Hash)] = []

    /// A folder over no leaves.
    public init() {}

    /// Appends the next subtree of `2^height` leaves.
    public mutating func append(root: MerkleTree.Hash, height: Int) {
        var carried = (height: height, root: root)
        while let top = stack.last, top.height == carried.height {
            stack.removeLast()
            carried = (carried.height + 1, MerkleTree.nodeHash(top.root, carried.root))
        }
        stack.append(carried)
    }

    /// Appends one leaf hash.
    public mutating func append(leafHash: MerkleTree.Hash) { append(root: leafHash, height: 0) }

    /// The root of everything appended; `MerkleTree.emptyRoot` for nothing.
    public var root: MerkleTree.Hash {
        guard var folded = stack.last?.root else { return MerkleTree.emptyRoot }
        for below in stack.dropLast().reversed() { folded = MerkleTree.nodeHash(below.root, folded) }
        return folded
    }
}
