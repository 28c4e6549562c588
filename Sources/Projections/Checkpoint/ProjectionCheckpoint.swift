import Integrity

/// A deterministic checkpoint of the projection: the ledger position and chain head it reflects, the
/// SHA-256 of the state's binary encoding, and that encoding, so a catch-up can resume from it.
///
/// The file (docs/compliance-report.md, "Projection checkpoint file") is a 24-byte header (magic, format
/// version, body length), the body (the state's summary, its histories' SHA-256 and its histories, then the
/// derived sections) and the state hash as a 32-byte trailer: the SHA-256 of the body without the histories'
/// bytes, which their own hash covers.
public struct ProjectionCheckpoint: Hashable, Sendable {
    /// The first 8 bytes of a checkpoint file.
    public static let magic: [UInt8] = Array("CLPROJCK".utf8)
    /// The format version this build writes and reads; any other is refused (the loader then rebuilds).
    public static let formatVersion: UInt32 = 6
    /// Header bytes before the body.
    static let headerByteCount = 24
    /// Trailer bytes after the body (its SHA-256).
    static let trailerByteCount = 32

    /// The last ledger position folded in (nil for an empty ledger).
    public var position: UInt64?
    /// The chain hash at `position`.
    public var chainHead: [UInt8]
    /// The state hash: SHA-256 of `stateBytes` without the histories' bytes (which the stored histories hash
    /// covers).
    public var stateHash: [UInt8]
    /// The checkpoint body: the binary encoding of the projected state, then the derived sections.
    public var stateBytes: [UInt8]
    /// The derived sections, in name order.
    public var sections: [CheckpointSection]

    /// The checkpoint of `state`, with `sections` derived from it (their names must be distinct).
    public init(of state: ProjectionState, sections: [CheckpointSection] = []) {
        position = state.lastPosition
        chainHead = state.chainHead
        self.sections = sections.sorted { $0.name < $1.name }
        stateBytes = state.checkpointBody(sections: self.sections)
        do {
            stateHash = try CheckpointBodyLayout(stateBytes).trailerHash(of: stateBytes)
        } catch {
            preconditionFailure("a body just written has its parts: \(error)")
        }
    }

    /// The section named `name`, if the checkpoint has one.
    public func section(named name: String) -> CheckpointSection? { sections.first { $0.name == name } }

    /// Largest checkpoint file read, in bytes.
    public static let fileSizeBytesMax = 1 << 34

    /// The checkpoint file: header, body, SHA-256 of the body.
    public var fileBytes: [UInt8] {
        var writer = CheckpointWriter()
        for byte in Self.magic { writer.uint8(byte) }
        writer.uint32(Self.formatVersion)
        writer.uint32(0)
        writer.uint64(UInt64(stateBytes.count))
        return writer.bytes + stateBytes + stateHash
    }

    /// Reads a checkpoint file, checking its header, that the body hashes to the trailer and the histories to
    /// their stored hash. The state's events are decoded by `restoredState()`, not here.
    ///
    /// - Throws: `ProjectionError.malformedCheckpoint` for a file that is not a format-6 checkpoint (an older
    ///   JSON checkpoint included) or is truncated; `.checkpointMismatch` when the body does not hash to its
    ///   trailer, the histories to their hash, or the part lengths do not fit (the file was edited or damaged).
    public static func decode(fileBytes bytes: [UInt8]) throws(ProjectionError) -> ProjectionCheckpoint {
        let bodyCount = try bodyByteCount(header: Array(bytes.prefix(headerByteCount)), fileSizeBytes: bytes.count)
        let body = Array(bytes[headerByteCount..<(headerByteCount + bodyCount)])
        guard let layout = try? CheckpointBodyLayout(body) else { throw damaged(" (its part lengths do not fit)") }
        let stateHash = layout.trailerHash(of: body)
        guard stateHash == Array(bytes[(headerByteCount + bodyCount)...]) else {
            throw damaged()
        }
        guard CheckpointBodyLayout.hash(body, layout.histories) == layout.historiesHash else {
            throw damaged(" (its histories do not hash to their recorded hash)")
        }
        var reader = CheckpointReader(body, offset: layout.sectionsStart)
        let sections = try CheckpointSection.read(from: &reader)
        let summary = try CheckpointSummary.read(Array(body[layout.summary]))
        return ProjectionCheckpoint(
            position: summary.lastPosition, chainHead: summary.chainHead, stateHash: stateHash, stateBytes: body,
            sections: sections)
    }

    /// A damaged or edited file: `checkpointMismatch`, `detail` saying which part does not fit or hash.
    static func damaged(_ detail: String = "") -> ProjectionError {
        ProjectionError(.checkpointMismatch, reason: "the state does not hash to the recorded state hash\(detail)")
    }

    /// The body length a checkpoint header gives, checked against the file size.
    ///
    /// - Throws: `ProjectionError.malformedCheckpoint` for a file that is not a checkpoint of this format
    ///   version (an older JSON checkpoint included), a non-zero reserved field, or a length that does not fit.
    static func bodyByteCount(header: [UInt8], fileSizeBytes: Int) throws(ProjectionError) -> Int {
        var reader = CheckpointReader(header)
        guard header.count >= headerByteCount, Array(header[try reader.range(magic.count, "magic")]) == magic else {
            let older = header.first == UInt8(ascii: "{") ? " (a JSON checkpoint of format 4 or older)" : ""
            throw ProjectionError(.malformedCheckpoint, reason: "not a projection checkpoint\(older)")
        }
        let version = try reader.uint32("format version")
        guard version == formatVersion else {
            throw ProjectionError(
                .malformedCheckpoint, reason: "checkpoint format version \(version); this build reads \(formatVersion)")
        }
        guard try reader.uint32("reserved") == 0 else {
            throw ProjectionError(.malformedCheckpoint, reason: "reserved header field is not zero")
        }
        let bodyCount = try reader.uint64("body length")
        guard fileSizeBytes >= headerByteCount + trailerByteCount,
            bodyCount == UInt64(fileSizeBytes - headerByteCount - trailerByteCount)
        else {
            throw ProjectionError(.malformedCheckpoint, reason: "body length \(bodyCount) does not fit the file size")
        }
        return Int(bodyCount)
    }

    private init(
        position: UInt64?, chainHead: [UInt8], stateHash: [UInt8], stateBytes: [UInt8], sections: [CheckpointSection]
    ) {
        self.position = position
        self.chainHead = chainHead
        self.stateHash = stateHash
        self.stateBytes = stateBytes
        self.sections = sections
    }

    /// The state stored in the checkpoint, to catch up from.
    ///
    /// - Throws: `ProjectionError.malformedCheckpoint` for a body that does not decode.
    public func restoredState() throws(ProjectionError) -> ProjectionState {
        try ProjectionState.decode(checkpointBody: stateBytes)
    }
}
