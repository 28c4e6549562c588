import Integrity
import Testing

@testable import EventStore

@Test func aCheckpointTextRoundTrips() throws {
    let checkpoint = LogCheckpoint(
        origin: "example.com/behind-the-sofa", treeSize: 20_852_163, rootHash: MerkleTree.emptyRoot)
    #expect(
        checkpoint.noteText == "example.com/behind-the-sofa\n20852163\n47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=\n")
    #expect(try LogCheckpoint(noteText: checkpoint.noteText) == checkpoint)
    let withExtension = try LogCheckpoint(noteText: checkpoint.noteText + "extra line\n")
    #expect(withExtension.extensionLines == ["extra line"])
}

@Test(arguments: [
    "origin\n1\n", "origin\n01\n47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=\n",
    "origin\n-1\n47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=\n",
    "origin\n1\n47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuF=\n",
    "origin\n1\nAAAA\n", "\n1\n47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=\n",
    "origin\n1\n47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=\n\nx\n",
    "origin\n1\n47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=",
    "origin\n18446744073709551616\n47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=\n",
])
func malformedCheckpointTextsAreRefusedAsCorrupt(text: String) {
    #expect(throws: EventStoreError(.corrupt, "")) { try LogCheckpoint(noteText: text) }
}
