import Integrity

/// A record read back from the log.
public struct RecordedEvent: Sendable, Equatable {
    /// What kind of record this is (an appended event, or a recovery record written by the store).
    public var kind: RecordKind
    /// The global position (0-based, contiguous).
    public var position: UInt64
    /// The stream the record belongs to (recovery records belong to `RecordKind.recoveryStream`).
    public var stream: String
    /// The record's version in its stream (0-based).
    public var streamVersion: UInt64
    /// The event type name.
    public var type: String
    /// The payload's schema version.
    public var schemaVersion: UInt16
    /// When the ledger wrote the record: nanoseconds since the Unix epoch, never decreasing along the log.
    public var ledgerTimestampNanoseconds: Int64
    /// The source system's id for the event, if any.
    public var sourceID: String?
    /// Opaque metadata.
    public var metadata: [UInt8]
    /// Opaque payload.
    public var payload: [UInt8]
    /// SHA-256 of the payload.
    public var payloadHash: [UInt8]
    /// The record's chain hash (see FORMAT.md).
    public var chainHash: [UInt8]
    /// True for the last record of its append batch. A crash never leaves part of a batch visible.
    public var endsBatch: Bool
    /// True when the payload was erased by a redaction (FORMAT.md, "Erased payloads"): `payload` is then that
    /// many zero bytes, and `payloadHash` is still the SHA-256 of the payload that was erased.
    public var payloadErased: Bool = false
}

/// The kind byte of a record frame.
public enum RecordKind: UInt8, Sendable, Equatable {
    /// An event appended by a caller.
    case event = 1
    /// A record written by recovery, describing a dropped torn tail.
    case recovery = 2

    /// The reserved stream that holds recovery records. Streams starting with `$` are reserved.
    public static let recoveryStream = "$ledger.recovery"
    /// The event type of recovery records.
    public static let recoveryType = "ledger.recovery"
}

/// What a recovery record says was dropped: decoded from its payload.
public struct RecoveryDescription: Sendable, Equatable {
    /// The segment whose tail was truncated.
    public var segmentIndex: UInt32
    /// The byte offset where truncation started.
    public var offset: UInt64
    /// How many bytes were dropped.
    public var droppedSizeBytes: UInt64
    /// SHA-256 of the dropped bytes.
    public var droppedHash: [UInt8]

    /// Size of the encoded description (the recovery record's payload).
    static let encodedSizeBytes = 4 + 8 + 8 + 32

    /// Creates a description.
    public init(segmentIndex: UInt32, offset: UInt64, droppedSizeBytes: UInt64, droppedHash: [UInt8]) {
        self.segmentIndex = segmentIndex
        self.offset = offset
        self.droppedSizeBytes = droppedSizeBytes
        self.droppedHash = droppedHash
    }

    /// Decodes a recovery record's payload. Throws `corrupt` if it is malformed.
    public init(payload: [UInt8]) throws(EventStoreError) {
        var reader = ByteReader(payload, context: "recovery payload")
        segmentIndex = try reader.readUInt32("segment index")
        offset = try reader.readUInt64("offset")
        droppedSizeBytes = try reader.readUInt64("dropped size")
        droppedHash = try reader.readBytes(SHA256.digestSizeBytes, "dropped hash")
        guard reader.remainingCount == 0 else { throw EventStoreError(.corrupt, "recovery payload: trailing bytes") }
    }

    /// The payload bytes of a recovery record.
    var encoded: [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Self.encodedSizeBytes)
        bytes.appendLittleEndian(segmentIndex)
        bytes.appendLittleEndian(offset)
        bytes.appendLittleEndian(droppedSizeBytes)
        bytes.append(contentsOf: droppedHash)
        return bytes
    }
}
