import Integrity
import SeededRandom
import Testing

@Test func merkleLevelsGiveTheRFCRootAndEveryAuditPathForEveryTreeSizeUpTo40() {
    var generator = SplitMix64(seed: 9)
    let leaves = (0..<40).map { _ in MerkleTree.leafHash((0..<8).map { _ in UInt8(truncatingIfNeeded: generator.next()) }) }
    #expect(MerkleLevels(leafHashes: []).root == MerkleTree.emptyRoot)
    for size in 1...leaves.count {
        let prefix = Array(leaves[0..<size])
        let levels = MerkleLevels(leafHashes: prefix)
        #expect(levels.root == MerkleTree.root(leafHashes: prefix), "size \(size)")
        for index in 0..<size {
            let path = levels.inclusionProof(leafIndex: index)
            #expect(path == MerkleTree.inclusionProof(leafIndex: index, leafHashes: prefix), "size \(size) leaf \(index)")
        }
    }
}
