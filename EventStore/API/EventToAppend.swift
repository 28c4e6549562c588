/// One event to append, before the store gives it a position.
public struct EventToAppend: Sendable, Equatable {
    /// The event type name (UTF-8, at most `Limits.typeSizeBytesMax` bytes, not empty).
    public var type: String
    /// The schema version of the payload's encoding.
    public var schemaVersion: UInt16
    /// The id of this event in the source system, for permanent idempotency; nil for none.
    public var sourceID: String?
    /// Opaque metadata, chained in full (at most `Limits.metadataSizeBytesMax` bytes).
    public var metadata: [UInt8]
    /// Opaque payload; the chain covers its SHA-256, so it can later be redacted.
    public var payload: [UInt8]

    /// Creates an event to append.
    public init(type: String, schemaVersion: UInt16, sourceID: String? = nil, metadata: [UInt8] = [], payload: [UInt8]) {
        self.type = type
        self.schemaVersion = schemaVersion
        self.sourceID = sourceID
        self.metadata = metadata
        self.payload = payload
    }
}

/// A batch for `EventStore.appendBatches`: events for one stream with one expected version.
public struct AppendBatch: Sendable, Equatable {
    /// The stream to append to.
    public var stream: String
    /// The version the stream must have before this batch.
    public var expectedVersion: ExpectedVersion
    /// The events, in order.
    public var events: [EventToAppend]

    /// Creates a batch.
    public init(stream: String, expectedVersion: ExpectedVersion, events: [EventToAppend]) {
        self.stream = stream
        self.expectedVersion = expectedVersion
        self.events = events
    }
}

/// What a durable append returns.
public struct AppendReceipt: Sendable, Equatable, Hashable {
    /// The global position of the batch's first event.
    public var firstPosition: UInt64
    /// The global position of the batch's last event.
    public var lastPosition: UInt64
    /// The stream's version after the batch (the version of its last event).
    public var streamVersion: UInt64
    /// The chain hash of the batch's last record (32 bytes).
    public var chainHash: [UInt8]

    /// Creates a receipt.
    public init(firstPosition: UInt64, lastPosition: UInt64, streamVersion: UInt64, chainHash: [UInt8]) {
        self.firstPosition = firstPosition
        self.lastPosition = lastPosition
        self.streamVersion = streamVersion
        self.chainHash = chainHash
    }
}
