import Integrity

/// The `proofs.txt` file of an evidence bundle (FORMAT.md, "Evidence bundles"): one line per record, with
/// what a recipient needs to recompute the record's chain hash and to prove it is a leaf of the checkpoint's
/// tree.
///
/// ```
/// caseledger-evidence-bundle 1
/// records included            (or: records withheld)
/// record <position> <previous chain hash> <chain hash> <audit path>
/// …
/// ```
/// Hashes are standard padded base64 of 32 bytes; the audit path is the RFC 9162 inclusion path from the leaf
/// up, hashes separated by `,`, or `-` when empty (a tree of one record). Records are in increasing position
/// order, each position once, at least one. Every line ends with a newline.
public struct EvidenceProofs: Sendable, Equatable {
    /// The proof of one record.
    public struct Record: Sendable, Equatable {
        /// The record's position: its leaf index.
        public var position: UInt64
        /// The chain hash of the record before it (32 zero bytes for position 0).
        public var previousChainHash: MerkleTree.Hash
        /// The record's chain hash: its leaf is `MerkleTree.leafHash(chainHash)`.
        public var chainHash: MerkleTree.Hash
        /// The inclusion path in the checkpoint's tree.
        public var auditPath: [MerkleTree.Hash]

        /// Creates a proof.
        public init(
            position: UInt64, previousChainHash: MerkleTree.Hash, chainHash: MerkleTree.Hash,
            auditPath: [MerkleTree.Hash]
        ) {
            self.position = position
            self.previousChainHash = previousChainHash
            self.chainHash = chainHash
            self.auditPath = auditPath
        }
    }

    /// The first line.
    public static let formatLine = "caseledger-evidence-bundle 1"
    /// Most records one bundle holds.
    public static let recordCountMax = 100_000
    /// Most hashes in one audit path (a tree of 2^64 leaves).
    static let auditPathCountMax = 64

    /// Whether the bundle carries the records' frames (false: a pseudonymised bundle, proofs only).
    public var recordsIncluded: Bool
    /// The proofs, in increasing position order.
    public var records: [Record]

    /// Creates the proofs.
    public init(recordsIncluded: Bool, records: [Record]) {
        self.recordsIncluded = recordsIncluded
        self.records = records
    }

    /// The file's text.
    public var text: String {
        var lines = [Self.formatLine, "records \(recordsIncluded ? "included" : "withheld")"]
        for record in records {
            let path = record.auditPath.isEmpty ? "-" : record.auditPath.map(Base64.encode).joined(separator: ",")
            lines.append(
                "record \(record.position) \(Base64.encode(record.previousChainHash)) "
                    + "\(Base64.encode(record.chainHash)) \(path)")
        }
        return lines.map { $0 + "\n" }.joined()
    }

    /// Parses the file's text.
    /// - Throws: `corrupt` naming the line and field that is malformed, out of order or repeated.
    public init(text: String) throws(EventStoreError) {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.last == "", lines.count >= 4 else {
            throw EventStoreError(
                .corrupt, "\(EvidenceBundle.proofsName): not newline-terminated lines with at least one record line")
        }
        lines.removeLast()
        guard lines[0] == Self.formatLine else {
            throw EventStoreError(.corrupt, "\(EvidenceBundle.proofsName) line 1: not '\(Self.formatLine)'")
        }
        guard lines[1] == "records included" || lines[1] == "records withheld" else {
            throw EventStoreError(.corrupt, "\(EvidenceBundle.proofsName) line 2: not 'records included|withheld'")
        }
        guard lines.count - 2 <= Self.recordCountMax else {
            throw EventStoreError(.limitExceeded, "\(EvidenceBundle.proofsName): over \(Self.recordCountMax) records")
        }
        var records: [Record] = []
        for (number, line) in zip(3..., lines.dropFirst(2)) {
            let record = try Self.record(line, lineNumber: number)
            if let last = records.last, record.position <= last.position {
                throw EventStoreError(
                    .corrupt, "\(EvidenceBundle.proofsName) line \(number): position not after the previous line's")
            }
            records.append(record)
        }
        self.init(recordsIncluded: lines[1] == "records included", records: records)
    }

    private static func record(_ line: Substring, lineNumber: Int) throws(EventStoreError) -> Record {
        let where_ = "\(EvidenceBundle.proofsName) line \(lineNumber)"
        let fields = line.split(separator: " ", omittingEmptySubsequences: false)
        guard fields.count == 5, fields[0] == "record" else {
            throw EventStoreError(.corrupt, "\(where_): not 'record POSITION PREVIOUS CHAIN PATH'")
        }
        guard fields[1].allSatisfy(\.isASCII), let position = UInt64(fields[1]), String(position) == fields[1] else {
            throw EventStoreError(.corrupt, "\(where_): position is not a decimal number without leading zeros")
        }
        let pathTexts = fields[4] == "-" ? [] : fields[4].split(separator: ",", omittingEmptySubsequences: false)
        guard pathTexts.count <= auditPathCountMax else {
            throw EventStoreError(.corrupt, "\(where_): audit path longer than \(auditPathCountMax) hashes")
        }
        var hashes: [MerkleTree.Hash] = []
        for text in [fields[2], fields[3]] + pathTexts {
            guard let hash = Base64.decode(text), hash.count == SHA256.digestSizeBytes else {
                throw EventStoreError(.corrupt, "\(where_): a hash is not base64 of 32 bytes")
            }
            hashes.append(hash)
        }
        return Record(
            position: position, previousChainHash: hashes[0], chainHash: hashes[1],
            auditPath: Array(hashes.dropFirst(2)))
    }
}
