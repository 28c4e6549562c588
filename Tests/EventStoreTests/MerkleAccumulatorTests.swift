import EventStore
import Integrity
import Testing

@Test(arguments: 0...100)
func accumulatorRootEqualsBatchRoot(leafCount: Int) {
    let leafHashes = merkleSyntheticLeafHashes(count: leafCount)
    var accumulator = MerkleAccumulator()
    for leafHash in leafHashes { accumulator.append(leafHash: leafHash) }
    #expect(accumulator.leafCount == leafCount)
    #expect(accumulator.subtreeRoots.count == leafCount.nonzeroBitCount)
    #expect(accumulator.root == MerkleTree.root(leafHashes: leafHashes))
}

@Test(arguments: [1, 2, 7, 8, 33])
func accumulatorResumedFromCheckpointMatchesOneThatNeverStopped(checkpointLeafCount: Int) throws {
    let leafHashes = merkleSyntheticLeafHashes(count: 50)
    var uninterrupted = MerkleAccumulator()
    var beforeCheckpoint = MerkleAccumulator()
    for leafHash in leafHashes.prefix(checkpointLeafCount) {
        uninterrupted.append(leafHash: leafHash)
        beforeCheckpoint.append(leafHash: leafHash)
    }
    var resumed = try #require(
        MerkleAccumulator(leafCount: beforeCheckpoint.leafCount, subtreeRoots: beforeCheckpoint.subtreeRoots))
    for leafHash in leafHashes.dropFirst(checkpointLeafCount) {
        uninterrupted.append(leafHash: leafHash)
        resumed.append(leafHash: leafHash)
    }
    #expect(resumed == uninterrupted)
    #expect(resumed.root == MerkleTree.root(leafHashes: leafHashes))
}

@Test func accumulatorCheckpointWithWrongShapeIsRefused() {
    let root = MerkleTree.leafHash([1])
    #expect(MerkleAccumulator(leafCount: 3, subtreeRoots: [root]) == nil)
    #expect(MerkleAccumulator(leafCount: 1, subtreeRoots: [root, root]) == nil)
    #expect(MerkleAccumulator(leafCount: -1, subtreeRoots: []) == nil)
    #expect(MerkleAccumulator(leafCount: 1, subtreeRoots: [Array(root.prefix(31))]) == nil)
    #expect(MerkleAccumulator(leafCount: 0, subtreeRoots: []) == MerkleAccumulator())
}

@Test func appendingALeafHashThatIsNotADigestTraps() async {
    await #expect(processExitsWith: .failure) {
        var accumulator = MerkleAccumulator()
        accumulator.append(leafHash: [1, 2, 3])
    }
}
