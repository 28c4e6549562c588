import EventStoreTesting
import Integrity
import SeededRandom
import Testing

@testable import EventStore

@Test func mergingTheRangesOfConsecutiveSegmentsGivesTheRFCRootForEverySplit() {
    var generator = SplitMix64(seed: 21)
    let leaves = (0..<64).map { _ in
        MerkleTree.leafHash((0..<4).map { _ in UInt8(truncatingIfNeeded: generator.next()) })
    }
    for trial in 0..<200 {
        let size = 1 + Int(generator.next() % 64)
        var folder = MerkleRangeFolder()
        var start = 0
        while start < size {
            let length = min(size - start, 1 + Int(generator.next() % 9))
            let range = MerkleRange(start: UInt64(start), leafHashes: Array(leaves[start..<(start + length)]))
            #expect(
                MerkleRange(start: UInt64(start), end: UInt64(start + length), roots: range.subtrees.map(\.root))
                    == range)
            for subtree in range.subtrees { folder.append(root: subtree.root, height: subtree.height) }
            start += length
        }
        #expect(folder.root == MerkleTree.root(leafHashes: Array(leaves[0..<size])), "trial \(trial), size \(size)")
    }
}

/// A ledger of `count` single-event batches with 4 KiB segments on a simulated disk, and its leaf hashes.
private func segmentedLedger(_ count: Int, disk: SimulatedFileSystem) throws -> (EventStore, [MerkleTree.Hash]) {
    let store = try EventStore.create(
        directory: "/ledger", fileSystem: disk, options: testOptions(segmentSizeBytesMax: 4 << 10))
    for number in 0..<count {
        _ = try store.append(stream: "s\(number % 3)", expectedVersion: .any, events: [sampleEvent(number)])
    }
    return (store, try store.read(fromPosition: 0, limit: count).map { MerkleTree.leafHash($0.chainHash) })
}

/// The store's roots and proofs equal the RFC's, computed from every leaf, at every position and old size.
private func expectRFCProofs(_ store: EventStore, _ leaves: [MerkleTree.Hash], _ label: String) throws {
    #expect(try store.merkleRoot() == MerkleTree.root(leafHashes: leaves), "\(label)")
    for position in leaves.indices {
        let proof = try store.inclusionProof(position: UInt64(position))
        #expect(
            proof.auditPath == MerkleTree.inclusionProof(leafIndex: position, leafHashes: leaves),
            "\(label) @\(position)")
        #expect(proof.verify())
    }
    for oldSize in 0...leaves.count {
        let proof = try store.consistencyProof(fromTreeSize: UInt64(oldSize))
        #expect(
            proof.path == MerkleTree.consistencyProof(oldSize: oldSize, leafHashes: leaves), "\(label) from \(oldSize)")
    }
}

@Test func rootsAndProofsFromTheMerkleCacheEqualTheRFCsBeforeAndAfterTheWriterUpdatesIt() throws {
    let disk = SimulatedFileSystem(seed: 8)
    let (store, leaves) = try segmentedLedger(70, disk: disk)
    let sealedCount = store.info.segmentCount - 1
    #expect(sealedCount >= 3)
    #expect(!disk.fileExists(atPath: "/ledger/MERKLE"), "appends never write the cache")
    try expectRFCProofs(store, leaves, "no cache")
    try store.updateMerkleCache()
    let entries = try MerkleCacheFile.decode(try #require(disk.currentContents(atPath: "/ledger/MERKLE")))
    #expect(entries.count == sealedCount)
    try expectRFCProofs(store, leaves, "cached")
}

@Test func aDamagedOrStaleMerkleCacheIsRecomputedNeverTrusted() throws {
    let disk = SimulatedFileSystem(seed: 9)
    let (store, leaves) = try segmentedLedger(50, disk: disk)
    try store.updateMerkleCache()
    try store.close()
    let good = try #require(disk.currentContents(atPath: "/ledger/MERKLE"))
    for offset in stride(from: 0, to: good.count, by: 37) {
        try disk.flipBit(atPath: "/ledger/MERKLE", byteOffset: offset, bit: offset % 8)
        let reopened = try EventStore.open(directory: "/ledger", fileSystem: disk, mode: .readOnly)
        #expect(throws: EventStoreError.self) {
            try MerkleCacheFile.decode(disk.currentContents(atPath: "/ledger/MERKLE")!)
        }
        try expectRFCProofs(reopened, leaves, "byte \(offset) flipped")
        try reopened.close()
        try disk.flipBit(atPath: "/ledger/MERKLE", byteOffset: offset, bit: offset % 8)
    }
    // A well-formed cache whose first entry names a segment this ledger does not have (another record count).
    var entries = try MerkleCacheFile.decode(good)
    entries[0].recordCount += 1
    try disk.writeAtomically(
        MerkleCacheFile.encode(entries), path: "/ledger/MERKLE", temporaryPath: "/ledger/MERKLE.tmp",
        directory: "/ledger")
    let reopened = try EventStore.open(directory: "/ledger", fileSystem: disk, mode: .readOnly)
    try expectRFCProofs(reopened, leaves, "stale entry")
}

@Test func onlyTheWriterUpdatesTheMerkleCache() throws {
    let disk = SimulatedFileSystem(seed: 10)
    let (store, _) = try segmentedLedger(30, disk: disk)
    try store.close()
    let reader = try EventStore.open(directory: "/ledger", fileSystem: disk, mode: .readOnly)
    #expect(throws: EventStoreError(.readOnly, "")) { try reader.updateMerkleCache() }
    #expect(!disk.fileExists(atPath: "/ledger/MERKLE"))
}

@Test func aForgedButWellFormedMerkleCacheIsCaughtByVerifyAgainst() throws {
    let disk = SimulatedFileSystem(seed: 11)
    let (store, _) = try segmentedLedger(40, disk: disk)
    try store.updateMerkleCache()
    let checkpoint = try store.checkpoint(origin: "test/ledger")
    var entries = try MerkleCacheFile.decode(try #require(disk.currentContents(atPath: "/ledger/MERKLE")))
    let first = entries[0]
    var roots = first.range.subtrees.map(\.root)
    roots[0] = SHA256.hash(roots[0])
    entries[0].range = try #require(
        MerkleRange(start: first.firstPosition, end: first.firstPosition + first.recordCount, roots: roots))
    try disk.writeAtomically(
        MerkleCacheFile.encode(entries), path: "/ledger/MERKLE", temporaryPath: "/ledger/MERKLE.tmp",
        directory: "/ledger")
    #expect(throws: EventStoreError(.corrupt, "")) { try store.check(against: checkpoint) }
    #expect(throws: EventStoreError(.corrupt, "")) {
        try store.evidence(positions: [0], against: checkpoint, includingFrames: true)
    }
}
