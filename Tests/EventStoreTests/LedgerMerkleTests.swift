import EventStoreTesting
import Integrity
import Testing

@testable import EventStore

private let ledger = "/ledger"

/// The leaf hashes FORMAT.md defines: `MerkleTree.leafHash` of each record's chain hash, in position order.
private func expectedLeafHashes(_ store: EventStore) throws -> [MerkleTree.Hash] {
    try store.read(fromPosition: 0, limit: Int.max).map { MerkleTree.leafHash($0.chainHash) }
}

@Test(arguments: [0, 1, 2, 7, 13])
func verifyAndMerkleRootMatchTheTreeOverChainHashes(recordCount: Int) throws {
    let store = try makeLedger(
        at: ledger, count: recordCount, options: testOptions(segmentSizeBytesMax: 4 << 10),
        fileSystem: SimulatedFileSystem(seed: 12))
    let expected = MerkleTree.root(leafHashes: try expectedLeafHashes(store))
    #expect(try store.verify().merkleRoot == expected)
    #expect(try store.merkleRoot() == expected)
    if recordCount == 0 { #expect(expected == MerkleTree.emptyRoot) }
}

@Test(arguments: 0..<13)
func inclusionProofOfEachRecordVerifiesAgainstTheRoot(position: Int) throws {
    let store = try makeLedger(
        at: ledger, count: 13, options: testOptions(segmentSizeBytesMax: 4 << 10),
        fileSystem: SimulatedFileSystem(seed: 12))
    let proof = try store.inclusionProof(position: UInt64(position))
    #expect(proof.treeSize == 13)
    #expect(proof.root == (try store.merkleRoot()))
    #expect(proof.leafHash == MerkleTree.leafHash(try store.record(at: UInt64(position)).chainHash))
    #expect(proof.verify())
    var forged = proof
    forged.leafHash = MerkleTree.leafHash(try store.record(at: UInt64((position + 1) % 13)).chainHash)
    #expect(!forged.verify())
}

@Test func inclusionProofPastTheEndIsNotFound() throws {
    let store = try makeLedger(at: ledger, count: 3, fileSystem: SimulatedFileSystem(seed: 12))
    #expect(throws: EventStoreError(.notFound, "")) { try store.inclusionProof(position: 3) }
}

@Test func merkleRootChangesWhenARecordIsAppended() throws {
    let store = try makeLedger(at: ledger, count: 3, fileSystem: SimulatedFileSystem(seed: 12))
    let before = try store.merkleRoot()
    _ = try store.append(stream: "s9", expectedVersion: .any, events: [sampleEvent(9)])
    #expect(try store.merkleRoot() != before)
}
