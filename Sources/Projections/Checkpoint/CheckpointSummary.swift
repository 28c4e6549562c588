/// The part of a projection state that reports cite without reading any history: the positions and chain
/// head it reflects, and the case-stream records it skipped. The first part of a checkpoint body, so that a
/// report answered from a derived section (`CheckpointSection`) reads this and the section only.
public struct CheckpointSummary: Hashable, Sendable {
    /// The last position folded in, or nil before any event.
    public var lastPosition: UInt64?
    /// The chain hash at `lastPosition` (empty before any event).
    public var chainHead: [UInt8]
    /// The position of the last event folded in (not a skipped record), or nil before any event.
    public var lastEventPosition: UInt64?
    /// Events folded in that concern no child or review stream.
    public var otherStreamEventCount: Int
    /// Case-stream records that did not decode, in position order.
    public var skippedRecords: [SkippedRecord]

    /// Writes the summary's fields (docs/compliance-report.md, "Projection checkpoint file").
    func write(to writer: inout CheckpointWriter) {
        writer.optional(lastPosition)
        writer.data(chainHead)
        writer.optional(lastEventPosition)
        writer.uint64(UInt64(otherStreamEventCount))
        writer.count(skippedRecords.count)
        for record in skippedRecords {
            writer.uint64(record.position)
            writer.data(record.chainHash)
            writer.string(record.stream)
            writer.string(record.type)
            writer.string(record.reason)
        }
    }

    /// Reads a summary written by `write(to:)`, which must fill `bytes` exactly.
    ///
    /// - Throws: `ProjectionError.malformedCheckpoint` naming the field that is wrong.
    static func read(_ bytes: [UInt8]) throws(ProjectionError) -> CheckpointSummary {
        var reader = CheckpointReader(bytes)
        let lastPosition = try reader.optional("lastPosition")
        let chainHead = try reader.data("chainHead")
        let lastEventPosition = try reader.optional("lastEventPosition")
        let others = try reader.uint64("otherStreamEvents")
        var skipped: [SkippedRecord] = []
        for _ in 0..<(try reader.count("skippedRecords")) {
            skipped.append(
                SkippedRecord(
                    position: try reader.uint64("skipped.position"), chainHash: try reader.data("skipped.chainHash"),
                    stream: try reader.string("skipped.stream"), type: try reader.string("skipped.type"),
                    reason: try reader.string("skipped.reason")))
        }
        guard reader.isAtEnd, others <= UInt64(Int.max) else {
            throw ProjectionError(.malformedCheckpoint, reason: "bytes after the skipped records, or a bad count")
        }
        return CheckpointSummary(
            lastPosition: lastPosition, chainHead: chainHead, lastEventPosition: lastEventPosition,
            otherStreamEventCount: Int(others), skippedRecords: skipped)
    }
}

extension ProjectionState {
    /// The state's summary: positions, chain head, counts and skipped records.
    public var summary: CheckpointSummary {
        CheckpointSummary(
            lastPosition: lastPosition, chainHead: chainHead, lastEventPosition: lastEventPosition,
            otherStreamEventCount: otherStreamEventCount, skippedRecords: skippedRecords)
    }
}
