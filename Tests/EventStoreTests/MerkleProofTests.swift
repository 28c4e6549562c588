import EventStore
import Integrity
import Testing

/// Leaf hashes of `count` distinct synthetic leaves.
func merkleSyntheticLeafHashes(count: Int) -> [MerkleTree.Hash] {
    (0..<count).map { index in MerkleTree.leafHash([UInt8(truncatingIfNeeded: index), UInt8(index >> 8), 0xA5]) }
}

/// `hash` with one bit flipped.
private func flipped(_ hash: MerkleTree.Hash, bit: Int) -> MerkleTree.Hash {
    var copy = hash
    copy[bit / 8] ^= 1 << UInt8(bit % 8)
    return copy
}

/// Every way of spoiling a proof: drop its last node, add a node, or flip a bit in any one node.
private func spoiledProofs(of proof: [MerkleTree.Hash]) -> [[MerkleTree.Hash]] {
    var spoiled = [proof + [MerkleTree.emptyRoot]]
    if !proof.isEmpty { spoiled.append(Array(proof.dropLast())) }
    for nodeIndex in proof.indices {
        var tampered = proof
        tampered[nodeIndex] = flipped(proof[nodeIndex], bit: (nodeIndex * 37) % 256)
        spoiled.append(tampered)
    }
    return spoiled
}

@Test(arguments: 1...40)
func inclusionProofsVerifyForEveryLeafAndFailWhenSpoiled(treeSize: Int) {
    let leafHashes = merkleSyntheticLeafHashes(count: treeSize)
    let root = MerkleTree.root(leafHashes: leafHashes)
    for leafIndex in 0..<treeSize {
        let proof = MerkleTree.inclusionProof(leafIndex: leafIndex, leafHashes: leafHashes)
        let leafHash = leafHashes[leafIndex]
        func verifies(_ leafHash: MerkleTree.Hash, at index: Int, _ proof: [MerkleTree.Hash]) -> Bool {
            MerkleTree.verifyInclusion(
                leafHash: leafHash, leafIndex: index, treeSize: treeSize, proof: proof, root: root)
        }
        #expect(verifies(leafHash, at: leafIndex, proof), "size \(treeSize) index \(leafIndex)")
        #expect(!verifies(flipped(leafHash, bit: 5), at: leafIndex, proof), "size \(treeSize) index \(leafIndex)")
        for otherIndex in 0..<treeSize where otherIndex != leafIndex {
            #expect(!verifies(leafHash, at: otherIndex, proof), "size \(treeSize) index \(leafIndex) as \(otherIndex)")
        }
        for spoiled in spoiledProofs(of: proof) {
            #expect(!verifies(leafHash, at: leafIndex, spoiled), "size \(treeSize) index \(leafIndex)")
        }
    }
}

@Test(arguments: 1...40)
func consistencyProofsVerifyFromEveryOldSizeAndFailWhenSpoiled(newSize: Int) {
    let leafHashes = merkleSyntheticLeafHashes(count: newSize)
    let newRoot = MerkleTree.root(leafHashes: leafHashes)
    for oldSize in 0...newSize {
        let oldRoot = MerkleTree.root(leafHashes: Array(leafHashes.prefix(oldSize)))
        let proof = MerkleTree.consistencyProof(oldSize: oldSize, leafHashes: leafHashes)
        func verifies(_ oldRoot: MerkleTree.Hash, _ newRoot: MerkleTree.Hash, _ proof: [MerkleTree.Hash]) -> Bool {
            MerkleTree.verifyConsistency(
                oldSize: oldSize, newSize: newSize, oldRoot: oldRoot, newRoot: newRoot, proof: proof)
        }
        let label = "old \(oldSize) new \(newSize)"
        #expect(verifies(oldRoot, newRoot, proof), "\(label)")
        #expect(!verifies(flipped(oldRoot, bit: 9), newRoot, proof), "\(label)")
        if oldSize > 0 {  // every tree extends the empty one, so only a non-empty old tree pins the new root
            #expect(!verifies(oldRoot, flipped(newRoot, bit: 9), proof), "\(label)")
        }
        for spoiled in spoiledProofs(of: proof) {
            #expect(!verifies(oldRoot, newRoot, spoiled), "\(label)")
        }
    }
}

@Test func consistencyProofFailsForATreeThatRewroteAnOldLeaf() {
    let leafHashes = merkleSyntheticLeafHashes(count: 13)
    var rewritten = leafHashes
    rewritten[3] = MerkleTree.leafHash([0xFF])
    let oldRoot = MerkleTree.root(leafHashes: Array(leafHashes.prefix(6)))
    let proof = MerkleTree.consistencyProof(oldSize: 6, leafHashes: rewritten)
    #expect(
        !MerkleTree.verifyConsistency(
            oldSize: 6, newSize: 13, oldRoot: oldRoot, newRoot: MerkleTree.root(leafHashes: rewritten), proof: proof))
}

@Test func malformedInclusionInputIsRejectedWithoutTrapping() {
    let leafHashes = merkleSyntheticLeafHashes(count: 4)
    let root = MerkleTree.root(leafHashes: leafHashes)
    let proof = MerkleTree.inclusionProof(leafIndex: 1, leafHashes: leafHashes)
    let leafHash = leafHashes[1]
    #expect(!MerkleTree.verifyInclusion(leafHash: leafHash, leafIndex: 4, treeSize: 4, proof: proof, root: root))
    #expect(!MerkleTree.verifyInclusion(leafHash: leafHash, leafIndex: -1, treeSize: 4, proof: proof, root: root))
    #expect(!MerkleTree.verifyInclusion(leafHash: leafHash, leafIndex: 1, treeSize: 0, proof: [], root: root))
    let shortNode = [Array(proof[0].prefix(31))] + proof.dropFirst()
    #expect(!MerkleTree.verifyInclusion(leafHash: leafHash, leafIndex: 1, treeSize: 4, proof: shortNode, root: root))
    #expect(!MerkleTree.verifyInclusion(leafHash: [], leafIndex: 1, treeSize: 4, proof: proof, root: root))
}

@Test func malformedConsistencyInputIsRejectedWithoutTrapping() {
    let leafHashes = merkleSyntheticLeafHashes(count: 5)
    let newRoot = MerkleTree.root(leafHashes: leafHashes)
    let oldRoot = MerkleTree.root(leafHashes: Array(leafHashes.prefix(3)))
    let proof = MerkleTree.consistencyProof(oldSize: 3, leafHashes: leafHashes)
    func verifies(_ oldSize: Int, _ newSize: Int, _ oldRoot: MerkleTree.Hash, _ proof: [MerkleTree.Hash]) -> Bool {
        MerkleTree.verifyConsistency(
            oldSize: oldSize, newSize: newSize, oldRoot: oldRoot, newRoot: newRoot, proof: proof)
    }
    #expect(!verifies(5, 3, oldRoot, proof))
    #expect(!verifies(-1, 5, oldRoot, proof))
    #expect(!verifies(3, 5, oldRoot, []))
    #expect(!verifies(0, 5, oldRoot, []))
    #expect(!verifies(0, 5, MerkleTree.emptyRoot, proof))
    #expect(!verifies(5, 5, newRoot, proof))
    #expect(!verifies(3, 5, Array(oldRoot.prefix(16)), proof))
}
