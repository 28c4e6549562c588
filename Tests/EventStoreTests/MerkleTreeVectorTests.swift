import EventStore
import Integrity
import Testing

// Known-answer vectors for the RFC 6962 / RFC 9162 Merkle tree over SHA-256.
//
// Leaf inputs and the roots of their first 1...8 leaves: google/trillian, testonly/compact_merkle_tree.go
// (`GetInputs`, `GetTestRoots`), which takes them from the C++ test of google/certificate-transparency,
// cpp/merkletree/merkle_tree_test.cc. The same inputs are `LeafInputs()` of transparency-dev/merkle.
//
// Inclusion and consistency proofs: transparency-dev/merkle, testonly/reference_test.go
// (`TestRefInclusionProof`, `TestRefConsistencyProof`), commit 141d627eab770a7e9a2514f46a8b6338e6d90874.

/// Bytes from a hexadecimal string of even length.
func merkleBytes(hex: String) -> [UInt8] {
    let digits = Array(hex.utf8)
    return stride(from: 0, to: digits.count, by: 2).map { index in
        UInt8(String(decoding: digits[index..<index + 2], as: UTF8.self), radix: 16)!
    }
}

/// The eight reference leaf inputs.
let merkleReferenceLeaves: [[UInt8]] = [
    "", "00", "10", "2021", "3031", "40414243", "5051525354555657", "606162636465666768696a6b6c6d6e6f",
].map { merkleBytes(hex: $0) }

private let referenceRoots = [
    "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
    "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
    "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
    "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
    "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
    "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
    "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
    "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
]

private func referenceLeafHashes(count: Int) -> [MerkleTree.Hash] {
    merkleReferenceLeaves.prefix(count).map(MerkleTree.leafHash)
}

@Test func emptyTreeRootIsSHA256OfNothing() {
    #expect(
        MerkleTree.emptyRoot == merkleBytes(hex: "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"))
    #expect(MerkleTree.root(leafHashes: []) == MerkleTree.emptyRoot)
    #expect(MerkleAccumulator().root == MerkleTree.emptyRoot)
}

@Test(arguments: 1...8)
func rootsMatchCertificateTransparencyVectors(leafCount: Int) {
    let expected = merkleBytes(hex: referenceRoots[leafCount - 1])
    #expect(MerkleTree.root(leafHashes: referenceLeafHashes(count: leafCount)) == expected)
    var accumulator = MerkleAccumulator()
    for leafHash in referenceLeafHashes(count: leafCount) { accumulator.append(leafHash: leafHash) }
    #expect(accumulator.root == expected)
}

@Test(arguments: [
    (0, 1, [String]()),
    (0, 2, ["96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7"]),
    (1, 2, ["6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d"]),
    (2, 3, ["fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125"]),
    (
        1, 5,
        [
            "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
            "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
            "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
        ]
    ),
    (
        0, 8,
        [
            "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
            "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
            "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4",
        ]
    ),
    (
        5, 8,
        [
            "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
            "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
        ]
    ),
])
func inclusionProofsMatchTransparencyDevVectors(leafIndex: Int, treeSize: Int, expected: [String]) {
    let leafHashes = referenceLeafHashes(count: treeSize)
    let proof = MerkleTree.inclusionProof(leafIndex: leafIndex, leafHashes: leafHashes)
    #expect(proof == expected.map { merkleBytes(hex: $0) })
    let root = merkleBytes(hex: referenceRoots[treeSize - 1])
    #expect(
        MerkleTree.verifyInclusion(
            leafHash: leafHashes[leafIndex], leafIndex: leafIndex, treeSize: treeSize, proof: proof, root: root))
}

@Test(arguments: [
    (1, 1, [String]()),
    (
        1, 8,
        [
            "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
            "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
            "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4",
        ]
    ),
    (
        2, 5,
        [
            "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
            "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
        ]
    ),
    (
        6, 8,
        [
            "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
            "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
        ]
    ),
])
func consistencyProofsMatchTransparencyDevVectors(oldSize: Int, newSize: Int, expected: [String]) {
    let proof = MerkleTree.consistencyProof(oldSize: oldSize, leafHashes: referenceLeafHashes(count: newSize))
    #expect(proof == expected.map { merkleBytes(hex: $0) })
    #expect(
        MerkleTree.verifyConsistency(
            oldSize: oldSize, newSize: newSize, oldRoot: merkleBytes(hex: referenceRoots[oldSize - 1]),
            newRoot: merkleBytes(hex: referenceRoots[newSize - 1]), proof: proof))
}
