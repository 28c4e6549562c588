import Integrity

/// What checking an evidence bundle found (`EvidenceBundle.verify`).
public struct EvidenceBundleReport: Sendable, Equatable {
    /// The checkpoint's origin line.
    public var origin: String
    /// The checkpoint's tree size.
    public var treeSize: UInt64
    /// True if the checkpoint carries a valid signature by the key given.
    public var signatureValid: Bool
    /// Records whose bytes were recomputed to their chain hash and proven leaves of the checkpoint's tree.
    public var recordsProven: Int
    /// Records withheld (a pseudonymised bundle): only their chain hashes were proven leaves.
    public var recordsWithheld: Int
    /// Of the records proven, those whose payload a redaction erased: proven, but without content.
    public var recordsErased = 0
    /// Every check that failed, one line each ("record 17: CRC mismatch"), in bundle order.
    public var failures: [String]
    /// Files carried but covered by no proof (the README and renderings such as the chronology).
    public var unprovenFiles: [String]

    /// True when the signature is valid and no check failed.
    public var isVerified: Bool { signatureValid && failures.isEmpty }
}

extension EvidenceBundle {
    /// Checks a bundle archive without the ledger: the checkpoint's signature by `verifier`; for each record,
    /// its frame (CRC, lengths, position, payload SHA-256) recomputed to its chain hash from the listed
    /// previous chain hash; and each chain hash's inclusion proof to the checkpoint's root.
    ///
    /// - Throws: `corrupt` (or `limitExceeded`) when the archive, the checkpoint or `proofs.txt` cannot be read
    ///   at all. Failed checks are returned in the report, never thrown.
    public static func verify(archive: [UInt8], verifier: NoteVerifier) throws(EventStoreError)
        -> EvidenceBundleReport
    {
        var files: [String: [UInt8]] = [:]
        for entry in try TarArchive.entries(of: archive) { files[entry.name] = entry.bytes }
        let note = try SignedNote(parsing: try required(checkpointName, in: files))
        let checkpoint = try LogCheckpoint(noteText: note.text)
        let proofsBytes = try required(proofsName, in: files)
        let proofsText = String(decoding: proofsBytes, as: UTF8.self)
        guard Array(proofsText.utf8) == proofsBytes else {
            throw EventStoreError(.corrupt, "\(proofsName) is not UTF-8")
        }
        let proofs = try EvidenceProofs(text: proofsText)
        var report = EvidenceBundleReport(
            origin: checkpoint.origin, treeSize: checkpoint.treeSize, signatureValid: verifier.verifies(note),
            recordsProven: 0, recordsWithheld: 0, failures: [], unprovenFiles: [])
        if !report.signatureValid {
            report.failures.append("checkpoint: no valid signature by key \(verifier.name)")
        }
        var expected: Set<String> = [checkpointName, proofsName]
        for proof in proofs.records {
            let name = recordName(position: proof.position)
            let frame = files[name]
            if proofs.recordsIncluded { expected.insert(name) }
            if let failure = check(proof, frame: frame, included: proofs.recordsIncluded, against: checkpoint) {
                report.failures.append("record \(proof.position): \(failure)")
            } else if proofs.recordsIncluded {
                report.recordsProven += 1
                if let frame, frame[ErasedFrame.frameFlagsOffset] & ErasedFrame.flagPayloadErased != 0 {
                    report.recordsErased += 1
                }
            } else {
                report.recordsWithheld += 1
            }
        }
        for name in files.keys.sorted() where !expected.contains(name) {
            if name.hasPrefix(recordDirectory) {
                report.failures.append("\(name): a record file with no proof line")
            } else {
                report.unprovenFiles.append(name)
            }
        }
        return report
    }

    /// Why `proof` (and its `frame`) does not check out against `checkpoint`, or nil if it does.
    static func check(
        _ proof: EvidenceProofs.Record, frame: [UInt8]?, included: Bool, against checkpoint: LogCheckpoint
    )
        -> String?
    {
        if included {
            guard let frame else { return "its record file \(recordName(position: proof.position)) is missing" }
            if let failure = checkFrame(frame, of: proof) { return failure }
        } else if frame != nil {
            return "a record file is present though the bundle says records are withheld"
        }
        guard proof.position < checkpoint.treeSize, let leafIndex = Int(exactly: proof.position),
            let treeSize = Int(exactly: checkpoint.treeSize)
        else { return "position is not inside the checkpoint's tree of \(checkpoint.treeSize) records" }
        let proven = MerkleTree.verifyInclusion(
            leafHash: MerkleTree.leafHash(proof.chainHash), leafIndex: leafIndex, treeSize: treeSize,
            proof: proof.auditPath, root: checkpoint.rootHash)
        return proven ? nil : "inclusion proof does not lead to the checkpoint's root"
    }

    /// Why `frame` is not the record `proof` names, or nil: it must decode on its own (CRC, kind, flags,
    /// lengths), chain from the listed previous hash to the listed chain hash, carry the listed position, and
    /// its payload must match its SHA-256 payload hash (or, erased by a redaction, be all zero bytes).
    static func checkFrame(_ frame: [UInt8], of proof: EvidenceProofs.Record) -> String? {
        let decoded: (record: RecordedEvent, frameSizeBytes: Int)
        do {
            decoded = try RecordDecoder.decode(
                frame, at: 0, context: "record file", previousChainHash: proof.previousChainHash)
        } catch {
            return error.failedCheckOrMessage
        }
        guard decoded.frameSizeBytes == frame.count else { return "bytes after the record's frame" }
        guard decoded.record.position == proof.position else {
            return "the record says position \(decoded.record.position)"
        }
        guard decoded.record.chainHash == proof.chainHash else {
            return "its chain hash differs from the proof line's"
        }
        return ErasedFrame.payloadProblem(decoded.record)
    }

    private static func required(_ name: String, in files: [String: [UInt8]]) throws(EventStoreError) -> [UInt8] {
        guard let bytes = files[name] else { throw EventStoreError(.corrupt, "the bundle has no \(name)") }
        return bytes
    }
}
