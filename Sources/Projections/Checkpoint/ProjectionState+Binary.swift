import CaseModel
import Integrity

// The binary body of a projection checkpoint, format 6 (docs/compliance-report.md, "Projection checkpoint
// file"): the summary (positions, chain head, counts, skipped records), the SHA-256 of the histories, the
// histories (every child's and review's in id order, each event as its canonical JSON bytes), then the
// derived sections. Deterministic: equal states (and sections) give equal bytes.

extension ProjectionState {
    /// The state's binary encoding with no derived section (the body of `ProjectionCheckpoint(of:)`).
    public var checkpointBody: [UInt8] { checkpointBody(sections: []) }

    /// The checkpoint body: the summary, the histories, then `sections` in name order.
    func checkpointBody(sections: [CheckpointSection]) -> [UInt8] {
        var writer = CheckpointWriter()
        let summary = summary
        writer.block { summary.write(to: &$0) }
        let historiesHashOffset = writer.bytes.count
        writer.append([UInt8](repeating: 0, count: CheckpointBodyLayout.hashByteCount))
        writer.block { writer in
            for histories in [children, reviews] {
                writer.count(histories.count)
                for id in histories.keys.sorted() { histories[id].map { Self.write($0, to: &writer) } }
            }
        }
        let historiesStart = historiesHashOffset + CheckpointBodyLayout.hashByteCount + 8
        writer.overwrite(
            CheckpointBodyLayout.hash(writer.bytes, historiesStart..<writer.bytes.count), at: historiesHashOffset)
        CheckpointSection.write(sections, to: &writer)
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

    /// Decodes a state from a checkpoint body (its sections are not read; no hash is checked here:
    /// `ProjectionCheckpoint.decode(fileBytes:)` checks them); events are decoded on all cores.
    ///
    /// - Throws: `ProjectionError.malformedCheckpoint` naming the field or the event position that is wrong.
    public static func decode(checkpointBody bytes: [UInt8]) throws(ProjectionError) -> ProjectionState {
        let layout = try CheckpointBodyLayout(bytes)
        let summary = try CheckpointSummary.read(Array(bytes[layout.summary]))
        var reader = CheckpointReader(bytes, offset: layout.histories.lowerBound)
        let children = try StoredHistory.read(from: &reader, "children")
        let reviews = try StoredHistory.read(from: &reader, "reviews")
        guard reader.offset == layout.histories.upperBound else {
            throw ProjectionError(.malformedCheckpoint, reason: "the histories do not fill their length")
        }
        return ProjectionState(
            lastPosition: summary.lastPosition, chainHead: summary.chainHead,
            lastEventPosition: summary.lastEventPosition, children: try StoredHistory.decode(children, in: bytes),
            reviews: try StoredHistory.decode(reviews, in: bytes),
            otherStreamEventCount: summary.otherStreamEventCount, skippedRecords: summary.skippedRecords)
    }
}

/// Where the parts of a checkpoint body lie, and the hashes that cover them: the file's trailer covers every
/// byte of the body except the histories' (`trailerHash`), which the stored histories hash covers, so the
/// summary and the sections are checked without reading the histories.
struct CheckpointBodyLayout {
    /// Bytes of a SHA-256.
    static let hashByteCount = 32

    /// The summary's bytes (after its length).
    var summary: Range<Int>
    /// The stored SHA-256 of the histories' bytes.
    var historiesHash: [UInt8]
    /// The histories' bytes (after their length).
    var histories: Range<Int>
    /// Where the derived sections start (their count), running to the end of the body.
    var sectionsStart: Int

    /// Locates the parts of `body`.
    /// - Throws: `ProjectionError.malformedCheckpoint` for a length that does not fit.
    init(_ body: [UInt8]) throws(ProjectionError) {
        var reader = CheckpointReader(body)
        summary = try reader.blockRange("summary")
        historiesHash = Array(body[try reader.range(Self.hashByteCount, "histories hash")])
        histories = try reader.blockRange("histories")
        sectionsStart = reader.offset
    }

    /// SHA-256 of every byte of `body` but the histories' (the file's trailer, the state hash).
    func trailerHash(of body: [UInt8]) -> [UInt8] {
        var hasher = SHA256()
        body.withUnsafeBytes { raw in
            hasher.update(bufferPointer: UnsafeRawBufferPointer(rebasing: raw[..<histories.lowerBound]))
            hasher.update(bufferPointer: UnsafeRawBufferPointer(rebasing: raw[histories.upperBound...]))
        }
        return hasher.finalize()
    }

    /// SHA-256 of `bytes[range]`.
    static func hash(_ bytes: [UInt8], _ range: Range<Int>) -> [UInt8] {
        var hasher = SHA256()
        bytes.withUnsafeBytes { hasher.update(bufferPointer: UnsafeRawBufferPointer(rebasing: $0[range])) }
        return hasher.finalize()
    }
}
