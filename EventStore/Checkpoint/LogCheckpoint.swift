import Integrity

/// A transparency-log checkpoint (C2SP tlog-checkpoint, c2sp.org/tlog-checkpoint): the text of a signed note
/// committing to a Merkle tree head.
///
/// ```
/// <origin>
/// <tree size, decimal, no leading zeros>
/// <base64 of the 32-byte RFC 9162 root hash>
/// [extension lines]
/// ```
public struct LogCheckpoint: Sendable, Equatable {
    /// Who issued it: a unique log identity, such as `caseledger.example-council.gov.uk/ledger`.
    public var origin: String
    /// The number of leaves (records) the root covers.
    public var treeSize: UInt64
    /// The RFC 9162 Merkle tree root at `treeSize`.
    public var rootHash: MerkleTree.Hash
    /// Opaque, non-empty lines after the root hash (none are written by CaseLedger).
    public var extensionLines: [String]

    /// Creates a checkpoint.
    ///
    /// - Precondition: `origin` is non-empty with no newline or control character; `rootHash` is 32 bytes.
    public init(origin: String, treeSize: UInt64, rootHash: MerkleTree.Hash, extensionLines: [String] = []) {
        precondition(!origin.isEmpty && SignedNote.isValidText(origin + "\n") && !origin.contains("\n"), "bad origin")
        precondition(rootHash.count == SHA256.digestSizeBytes, "a root hash is a SHA-256 digest")
        self.origin = origin
        self.treeSize = treeSize
        self.rootHash = rootHash
        self.extensionLines = extensionLines
    }

    /// Parses the note text of a checkpoint.
    /// - Throws: `corrupt` naming the line: fewer than three lines, an empty line, a tree size that is not a
    ///   canonical decimal number, or a root hash that is not base64 of 32 bytes.
    public init(noteText: String) throws(EventStoreError) {
        let lines = noteText.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        guard SignedNote.isValidText(noteText) else {
            throw EventStoreError(.corrupt, "checkpoint is not a note text (ends in a newline, no control characters)")
        }
        guard lines.count >= 3 else {
            throw EventStoreError(.corrupt, "checkpoint has fewer than 3 lines (origin, tree size, root hash)")
        }
        if let empty = lines.firstIndex(where: \.isEmpty) {
            throw EventStoreError(.corrupt, "checkpoint line \(empty + 1) is empty")
        }
        let sizeText = lines[1]
        guard sizeText.allSatisfy(\.isASCII), let treeSize = UInt64(sizeText), String(treeSize) == sizeText else {
            throw EventStoreError(
                .corrupt, "checkpoint line 2: tree size is not a decimal number without leading zeros")
        }
        guard let rootHash = Base64.decode(lines[2]), rootHash.count == SHA256.digestSizeBytes else {
            throw EventStoreError(.corrupt, "checkpoint line 3: root hash is not base64 of 32 bytes")
        }
        self.init(
            origin: String(lines[0]), treeSize: treeSize, rootHash: rootHash,
            extensionLines: lines.dropFirst(3).map(String.init))
    }

    /// The note text.
    public var noteText: String {
        ([origin, String(treeSize), Base64.encode(rootHash)] + extensionLines).map { $0 + "\n" }.joined()
    }
}
