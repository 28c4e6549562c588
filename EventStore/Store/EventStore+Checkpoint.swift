import Integrity

extension EventStore {
    /// Verifies the whole ledger and returns a checkpoint of its Merkle tree head, ready to sign.
    ///
    /// - Parameter origin: The log identity for the checkpoint's first line.
    /// - Throws: `corrupt` if the ledger fails verification (a damaged ledger is never checkpointed),
    ///   `invalidArgument` if `origin` is empty or holds a newline or control character, `io`, `readOnly`.
    /// - Complexity: one `verify()`: O(n) record reads and hashes.
    public func checkpoint(origin: String) throws(EventStoreError) -> LogCheckpoint {
        guard !origin.isEmpty, !origin.contains("\n"), SignedNote.isValidText(origin + "\n") else {
            throw EventStoreError(
                .invalidArgument, "a checkpoint origin is one non-empty line without control characters")
        }
        let report = try verify()
        if let failure = report.firstFailure ?? openDiagnosis {
            throw EventStoreError(.corrupt, "the ledger is damaged, refusing to checkpoint it: \(failure)")
        }
        return LogCheckpoint(origin: origin, treeSize: report.recordsChecked, rootHash: report.merkleRoot)
    }

    /// Verifies the whole ledger and checks, by an RFC 9162 consistency proof, that it extends `checkpoint`.
    ///
    /// The caller checks the checkpoint's signature first; this compares trees only.
    /// - Throws: `corrupt` only when a record cannot be read at all, `io`, `readOnly`. Damage that
    ///   `verify()` reports is returned as `.damaged`.
    /// - Complexity: one pass over the log (verification); the proof comes from the Merkle cache, reading only
    ///   the tail and sealed segments the cache lacks.
    public func check(against checkpoint: LogCheckpoint) throws(EventStoreError) -> CheckpointVerdict {
        let report = try verify()
        if let failure = report.firstFailure ?? openDiagnosis { return .damaged(failure) }
        guard checkpoint.treeSize <= report.recordsChecked else {
            return .shorter(recordCount: report.recordsChecked, checkpointTreeSize: checkpoint.treeSize)
        }
        let proof = try consistencyProof(fromTreeSize: checkpoint.treeSize)
        guard proof.newRoot == report.merkleRoot, proof.newSize == report.recordsChecked else {
            throw EventStoreError(
                .corrupt,
                "the Merkle cache (MERKLE) disagrees with the verified records, or the ledger changed during the "
                    + "check: delete MERKLE and check again")
        }
        return proof.verify(oldRoot: checkpoint.rootHash) ? .extends(proof) : .inconsistent(proof)
    }
}
