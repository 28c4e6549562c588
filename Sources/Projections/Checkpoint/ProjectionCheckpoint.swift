import Integrity
import TextFormats

/// A deterministic checkpoint of the projection: the ledger position and chain head it reflects, the
/// SHA-256 of the canonically encoded state, and the state itself so a catch-up can resume from it.
public struct ProjectionCheckpoint: Hashable, Sendable {
    /// The format tag of the checkpoint document.
    public static let format = "caseledger.projection-checkpoint/1"

    /// The last ledger position folded in (nil for an empty ledger).
    public var position: UInt64?
    /// The chain hash at `position`.
    public var chainHead: [UInt8]
    /// SHA-256 of `stateBytes`.
    public var stateHash: [UInt8]
    /// The canonical bytes of the projected state.
    public var stateBytes: [UInt8]

    /// The checkpoint of `state`.
    public init(of state: ProjectionState) {
        position = state.lastPosition
        chainHead = state.chainHead
        stateBytes = state.canonicalBytes
        stateHash = SHA256.hash(stateBytes)
    }

    /// Largest checkpoint document read, in bytes (the state of a large authority is hundreds of MiB).
    public static let documentSizeBytesMax = 1 << 30

    /// The checkpoint document: canonical JSON with the state embedded.
    ///
    /// Built by splicing: `stateBytes` are already canonical JSON and the document's keys, sorted, are
    /// `chainHead`, `format`, `position`, `state`, `stateHash`, so the bytes equal `CanonicalJSON.encode` of
    /// the whole object without parsing the (possibly very large) state again.
    public var documentBytes: [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(stateBytes.count + 256)
        bytes += Array(#"{"chainHead":"#.utf8)
        CanonicalJSON.append(.string(HexText.encode(chainHead)), to: &bytes)
        bytes += Array(#","format":"#.utf8)
        CanonicalJSON.append(.string(Self.format), to: &bytes)
        bytes += Array(#","position":"#.utf8)
        CanonicalJSON.append(position.map { .integer(Int64($0)) } ?? .null, to: &bytes)
        bytes += Array(#","state":"#.utf8)
        bytes += stateBytes
        bytes += Array(#","stateHash":"#.utf8)
        CanonicalJSON.append(.string(HexText.encode(stateHash)), to: &bytes)
        bytes.append(UInt8(ascii: "}"))
        return bytes
    }

    /// Reads a checkpoint document, checking that the embedded state matches its recorded hash.
    ///
    /// - Throws: `ProjectionError.malformedCheckpoint` for a bad document, `.checkpointMismatch` when the
    ///   state does not hash to `stateHash` or does not match the recorded position and chain head.
    public static func decode(documentBytes bytes: [UInt8]) throws(ProjectionError) -> ProjectionCheckpoint {
        let value: JSONValue
        do {
            value = try JSONParser.parse(bytes, documentSizeBytesMax: documentSizeBytesMax)
        } catch {
            throw ProjectionError(.malformedCheckpoint, reason: "checkpoint is not JSON (line \(error.line))")
        }
        guard value["format"]?.stringValue == format, let stateValue = value["state"],
            let recordedHash = value["stateHash"]?.stringValue.flatMap(HexText.decode)
        else { throw ProjectionError(.malformedCheckpoint, reason: "missing format, state or stateHash") }
        let state = try ProjectionState.decode(jsonBytes: CanonicalJSON.encode(stateValue))
        let checkpoint = ProjectionCheckpoint(of: state)
        guard checkpoint.stateHash == recordedHash else {
            throw ProjectionError(.checkpointMismatch, reason: "embedded state does not hash to stateHash")
        }
        guard value["chainHead"]?.stringValue == HexText.encode(checkpoint.chainHead) else {
            throw ProjectionError(.checkpointMismatch, reason: "chainHead differs from the embedded state's")
        }
        guard value["position"]?.integerValue.flatMap(UInt64.init(exactly:)) == checkpoint.position else {
            throw ProjectionError(.checkpointMismatch, reason: "position differs from the embedded state's")
        }
        return checkpoint
    }

    /// The state stored in the checkpoint, to catch up from.
    public func restoredState() throws(ProjectionError) -> ProjectionState {
        try ProjectionState.decode(jsonBytes: stateBytes)
    }
}
