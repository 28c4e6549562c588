/// An evidence bundle: some of a ledger's records, each with an RFC 9162 inclusion proof against a signed
/// checkpoint, so that a recipient holding only the checkpoint signer's public key can check them without the
/// ledger (docs/evidence-bundles.md; FORMAT.md, "Evidence bundles").
///
/// It is a `TarArchive` of, in this order: `README.txt` (for the recipient), `checkpoint.txt` (the signed
/// checkpoint, byte for byte as given), `proofs.txt` (`EvidenceProofs`), the `documents` (renderings such as
/// the chronology; not proven), and, unless the records are withheld, `records/<position>.record` for every
/// proof: the record's frame exactly as the ledger stores it.
public struct EvidenceBundle: Sendable, Equatable {
    /// The recipient's instructions.
    public static let readmeName = "README.txt"
    /// The signed checkpoint.
    public static let checkpointName = "checkpoint.txt"
    /// The proofs (`EvidenceProofs`).
    public static let proofsName = "proofs.txt"
    /// The directory of record frames.
    public static let recordDirectory = "records/"

    /// The archive entry name of the record at `position`.
    public static func recordName(position: UInt64) -> String { "\(recordDirectory)\(position).record" }

    /// The instructions, UTF-8.
    public var readme: String
    /// The signed checkpoint file's bytes.
    public var checkpoint: [UInt8]
    /// The proofs.
    public var proofs: EvidenceProofs
    /// The record frames by position; empty when `proofs.recordsIncluded` is false.
    public var recordFrames: [UInt64: [UInt8]]
    /// Further files (renderings): their content is not covered by any proof.
    public var documents: [TarArchive.Entry]

    /// Creates a bundle.
    ///
    /// - Precondition: `recordFrames` holds a frame for every proof if `proofs.recordsIncluded`, else none;
    ///   document names are valid archive names outside `records/` and unlike the fixed names.
    public init(
        readme: String, checkpoint: [UInt8], proofs: EvidenceProofs, recordFrames: [UInt64: [UInt8]],
        documents: [TarArchive.Entry]
    ) {
        precondition(
            proofs.recordsIncluded
                ? proofs.records.allSatisfy { recordFrames[$0.position] != nil }
                    && recordFrames.count == proofs.records.count
                : recordFrames.isEmpty, "a frame for every proof, or none")
        precondition(documents.allSatisfy { Self.isDocumentName($0.name) }, "document names")
        self.readme = readme
        self.checkpoint = checkpoint
        self.proofs = proofs
        self.recordFrames = recordFrames
        self.documents = documents
    }

    /// Whether `name` may name a document: a valid archive name that is not a fixed name or under `records/`.
    public static func isDocumentName(_ name: String) -> Bool {
        TarArchive.isValidName(name) && ![readmeName, checkpointName, proofsName].contains(name)
            && !name.hasPrefix(recordDirectory)
    }

    /// The archive bytes: deterministic for a given bundle.
    public func archive() -> [UInt8] {
        var entries = [
            TarArchive.Entry(name: Self.readmeName, bytes: Array(readme.utf8)),
            TarArchive.Entry(name: Self.checkpointName, bytes: checkpoint),
            TarArchive.Entry(name: Self.proofsName, bytes: Array(proofs.text.utf8)),
        ]
        entries += documents
        for proof in proofs.records {
            guard let frame = recordFrames[proof.position] else { continue }
            entries.append(TarArchive.Entry(name: Self.recordName(position: proof.position), bytes: frame))
        }
        return TarArchive.archive(entries)
    }
}
