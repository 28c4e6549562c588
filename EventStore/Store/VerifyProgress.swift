import Integrity

/// Running totals of a verification pass: records checked, chain head and the Merkle tree over them.
struct VerifyProgress {
    /// The segments being verified, for checking recovery records against earlier segments.
    let segments: [SegmentSlot]
    var recordCount: UInt64 = 0
    var chainHead = ChainHash.genesis
    var merkle = MerkleAccumulator()

    init(segments: [SegmentSlot]) { self.segments = segments }

    /// Counts a checked record and adds its leaf (FORMAT.md, "Merkle tree").
    mutating func add(_ record: RecordedEvent) {
        recordCount += 1
        chainHead = record.chainHash
        merkle.append(leafHash: MerkleTree.leafHash(record.chainHash))
    }

    /// For a recovery record, what is wrong with the cut it describes; nil if it is consistent or the
    /// record is an event. The store writes a recovery record where it cut the tail, or, when that cut
    /// sealed the segment, first in the next one; so the cut is in this segment at this record's own
    /// offset, or ends an earlier, sealed segment exactly.
    func recoveryProblem(_ record: RecordedEvent, frameOffset: Int, in slot: SegmentSlot) -> String? {
        guard record.kind == .recovery else { return nil }
        guard record.stream == RecordKind.recoveryStream else { return "recovery record outside the recovery stream" }
        guard let cut = try? RecoveryDescription(payload: record.payload) else {
            return "recovery record payload is malformed"
        }
        let (droppedEnd, overflow) = cut.offset.addingReportingOverflow(cut.droppedSizeBytes)
        guard cut.droppedSizeBytes > 0, !overflow, cut.offset >= UInt64(SegmentHeader.sizeBytes),
            droppedEnd <= UInt64(Limits.segmentSizeBytesMax)
        else { return "recovery record describes an impossible range" }
        if cut.segmentIndex == slot.segmentIndex {
            guard cut.offset == UInt64(frameOffset) else {
                return "recovery record describes a cut at offset \(cut.offset), not where it was written"
            }
            return nil
        }
        guard cut.segmentIndex + 1 == slot.segmentIndex,
            let cutSegment = segments.first(where: { $0.segmentIndex == cut.segmentIndex }), cutSegment.isSealed,
            UInt64(cutSegment.recordsEndOffset) == cut.offset, frameOffset == SegmentHeader.sizeBytes
        else {
            return
                "recovery record describes a cut in segment \(cut.segmentIndex) that the previous segment does not end at"
        }
        return nil
    }

    func report(failing failure: VerifyFailure?) -> VerifyReport {
        VerifyReport(
            recordsChecked: recordCount, chainHead: chainHead, merkleRoot: merkle.root, firstFailure: failure)
    }
}
