import CaseModel

// The binary body of a projection checkpoint, format 5 (docs/checkpoints.md, "File format"): the state's
// position, chain heads and counts, its skipped records, then every child's and review's history in id order,
// each event as its canonical JSON bytes. Deterministic: equal states give equal bytes.

extension ProjectionState {
    /// The state's binary encoding (the checkpoint body).
    public var checkpointBody: [UInt8] {
        var writer = CheckpointWriter()
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
        for histories in [children, reviews] {
            writer.count(histories.count)
            for id in histories.keys.sorted() { histories[id].map { Self.write($0, to: &writer) } }
        }
        return writer.bytes
    }

    private static func write(_ history: ChildHistory, to writer: inout CheckpointWriter) {
        writer.string(history.childId)
        writer.count(history.events.count)
        for effective in history.events { write(effective, to: &writer) }
        writer.positions(history.unresolvedSupersessionPositions)
        let supersessions = history.supersessions
        writer.count(supersessions.count)
        for supersession in supersessions {
            writer.uint64(supersession.position)
            writer.data(supersession.event.canonicalBytes)
        }
        let originals = history.supersededOriginals.values.sorted { $0.position < $1.position }
        writer.count(originals.count)
        for original in originals { write(original, to: &writer) }
    }

    private static func write(_ effective: EffectiveEvent, to writer: inout CheckpointWriter) {
        writer.uint64(effective.position)
        writer.positions(effective.correctionPositions)
        writer.data(effective.event.canonicalBytes)
    }

    /// Decodes a state from its checkpoint body; events are decoded on all cores.
    ///
    /// - Throws: `ProjectionError.malformedCheckpoint` naming the field or the event position that is wrong.
    public static func decode(checkpointBody bytes: [UInt8]) throws(ProjectionError) -> ProjectionState {
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
        let children = try StoredHistory.read(from: &reader, "children")
        let reviews = try StoredHistory.read(from: &reader, "reviews")
        guard reader.isAtEnd, others <= UInt64(Int.max) else {
            throw ProjectionError(.malformedCheckpoint, reason: "bytes after the reviews, or a bad count")
        }
        return ProjectionState(
            lastPosition: lastPosition, chainHead: chainHead, lastEventPosition: lastEventPosition,
            children: try StoredHistory.decode(children, in: bytes),
            reviews: try StoredHistory.decode(reviews, in: bytes),
            otherStreamEventCount: Int(others), skippedRecords: skipped)
    }
}
