extension EventStore {
    /// Inclusion proofs of the records at `positions` against `checkpoint`, and their frames as stored, for an
    /// evidence bundle.
    ///
    /// The ledger's first `checkpoint.treeSize` records must have exactly the checkpoint's root (the caller
    /// checks the checkpoint's signature). Every frame is re-encoded from the record read and must reproduce
    /// the record's chain hash, so a frame is only ever the ledger's own bytes.
    /// - Parameters:
    ///   - positions: record positions below `checkpoint.treeSize`, in any order (repeats are merged).
    ///   - includingFrames: false for a pseudonymised bundle: proofs only, no frames.
    /// - Throws: `notFound` if the ledger holds fewer records than the checkpoint; `invalidArgument` for a
    ///   position the checkpoint does not cover; `corrupt` if the ledger's tree at that size differs from the
    ///   checkpoint's root or a record fails its checks; `io`; `readOnly` if closed.
    /// - Complexity: the tree is folded from the Merkle cache (FORMAT.md, "Merkle cache"); only the segments a
    ///   proof cuts through are read.
    public func evidence(positions: [UInt64], against checkpoint: LogCheckpoint, includingFrames: Bool)
        throws(EventStoreError) -> (proofs: EvidenceProofs, frames: [UInt64: [UInt8]])
    {
        let sorted = Set(positions).sorted()
        if let beyond = sorted.last, beyond >= checkpoint.treeSize {
            throw EventStoreError(
                .invalidArgument,
                "position \(beyond) is not covered by the checkpoint of \(checkpoint.treeSize) records")
        }
        var tree = try merkleView(treeSize: checkpoint.treeSize)
        guard try tree.root() == checkpoint.rootHash else {
            throw EventStoreError(
                .corrupt,
                "the ledger's first \(checkpoint.treeSize) records do not have the checkpoint's root "
                    + "(rewritten since it was signed, or another ledger's checkpoint; see 'caseledger verify --against')"
            )
        }
        var records: [EvidenceProofs.Record] = []
        var frames: [UInt64: [UInt8]] = [:]
        for position in sorted {
            let record = try self.record(at: position)
            let previous = position == 0 ? ChainHash.genesis : try self.record(at: position - 1).chainHash
            records.append(
                EvidenceProofs.Record(
                    position: position, previousChainHash: previous, chainHash: record.chainHash,
                    auditPath: try tree.inclusionPath(position)))
            guard includingFrames else { continue }
            let encoded =
                record.payloadErased
                ? ErasedFrame.encode(record, previousChainHash: previous)
                : RecordEncoder.encode(RecordFields(record), previousChainHash: previous)
            guard encoded.chainHash == record.chainHash else {
                throw EventStoreError(
                    .corrupt, "position \(position): re-encoded record does not reproduce its chain hash")
            }
            frames[position] = encoded.frame
        }
        return (EvidenceProofs(recordsIncluded: includingFrames, records: records), frames)
    }
}

extension RecordFields {
    /// The fields of a record read back, to re-encode it.
    init(_ record: RecordedEvent) {
        self.init(
            kind: record.kind, position: record.position, streamVersion: record.streamVersion,
            ledgerTimestampNanoseconds: record.ledgerTimestampNanoseconds, schemaVersion: record.schemaVersion,
            stream: record.stream, type: record.type, sourceID: record.sourceID, metadata: record.metadata,
            payload: record.payload, endsBatch: record.endsBatch)
    }
}
