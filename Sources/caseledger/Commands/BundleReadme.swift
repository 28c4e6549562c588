import EventStore
import Integrity
import Reports

/// The `README.txt` of an evidence bundle: what it holds and how its recipient checks it without the ledger.
enum BundleReadme {
    /// The README for a bundle about `subject` (the child's id, or its pseudonym when pseudonymised).
    static func text(subject: String, request: ChronologyRequest, checkpoint: LogCheckpoint, proofs: EvidenceProofs)
        -> String
    {
        let scope = request.includesHousehold ? " with the household's and the siblings' streams" : ""
        let knownAt = request.times.knownAt.map { "what had been recorded by \($0)" } ?? "everything recorded"
        return """
            CaseLedger evidence bundle
            ==========================

            Subject:    \(subject)\(scope)
            Covers:     \(knownAt), up to the checkpoint
            Checkpoint: \(checkpoint.origin), \(checkpoint.treeSize) records, root \(Base64.encode(checkpoint.rootHash))
            Records:    \(proofs.records.count), \(proofs.recordsIncluded ? "included byte for byte" : "WITHHELD (pseudonymised bundle)")

            Contents
            - checkpoint.txt: the authority's signed checkpoint (a C2SP signed note): the ledger's record count
              and RFC 9162 Merkle root at the time it was signed.
            - proofs.txt: per record, its position, the chain hash of the record before it, its own chain hash
              and its inclusion proof (audit path) in the checkpoint's tree.
            \(recordsLine(proofs))
            - \(BundleCommand.chronologyName): the chronology built from these records, for reading. It is NOT
              covered by any proof; if it and the records disagree, the records are the evidence.
            - README.txt: this file (not covered by any proof either).

            How to check it
            1. Get the authority's public key from a source other than this bundle (its website, the auditor).
            2. With CaseLedger:  caseledger verify-bundle THIS-FILE --public-key KEYFILE
               Without it (Python 3 only, the independent verifier in CaseLedger's Tools/verify-ledger):
                                 verify-ledger --bundle THIS-FILE --public-key KEYFILE
            3. Or by hand, following EventStore/FORMAT.md, "Evidence bundles": check the checkpoint's Ed25519
               signature; for each record recompute its chain hash from its bytes and the previous chain hash
               (and its payload's SHA-256); then follow its audit path from SHA-256(0x00 || chain hash) to the
               checkpoint's root.

            A successful check proves that each record was, byte for byte, at its position in the ledger the
            authority signed, and cannot have been altered since it was signed. It does not prove that the
            bundle holds every record about the child, nor that what was recorded is true.

            """
    }

    private static func recordsLine(_ proofs: EvidenceProofs) -> String {
        guard proofs.recordsIncluded else {
            return """
                - records/: absent. The chronology is pseudonymised, and a pseudonymised record cannot be proven (the
                  proofs commit to the original bytes), so the records are withheld; the proofs still show that the
                  ledger held records with these chain hashes at these positions. The authority can disclose the
                  original records later and anyone can then check them against these chain hashes.
                """
        }
        return """
            - records/<position>.record: each record's frame exactly as the ledger stores it (FORMAT.md, "Record
              frame"), including its payload (the case event as canonical JSON).
            """
    }
}
