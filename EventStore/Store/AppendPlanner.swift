import Integrity

/// A record encoded and ready to stage, with what the index needs once it is durable.
struct PlannedRecord {
    var frame: [UInt8]
    var position: UInt64
    var stream: String
    var streamVersion: UInt64
    var sourceID: String?
    var chainHash: [UInt8]
    var endsBatch: Bool
}

/// Validates batches against the committed index plus everything planned earlier in the same group,
/// resolves idempotent retries, and encodes new records in position order.
///
/// A value type: to make a request all-or-nothing, plan on a copy and keep it only if every batch passed.
struct AppendPlanner {
    /// Position of the next record.
    private(set) var nextPosition: UInt64
    /// Chain hash of the last planned (or committed) record.
    private(set) var chainHead: [UInt8]
    /// Ledger time of the last record; never decreases.
    private(set) var lastTimestampNanoseconds: Int64
    /// Records planned so far, in position order.
    private(set) var records: [PlannedRecord] = []
    /// Largest frame allowed under the store's segment cap.
    let recordSizeBytesMax: Int
    /// Largest batch allowed under the store's segment cap.
    let batchSizeBytesMax: Int
    private var versionOverlay: [String: UInt64] = [:]
    private var sourceOverlay: [String: (fingerprint: SourceFingerprint, receipt: AppendReceipt)] = [:]

    /// Starts planning after the committed tail.
    init(
        nextPosition: UInt64, chainHead: [UInt8], lastTimestampNanoseconds: Int64, recordSizeBytesMax: Int,
        batchSizeBytesMax: Int
    ) {
        self.nextPosition = nextPosition
        self.chainHead = chainHead
        self.lastTimestampNanoseconds = lastTimestampNanoseconds
        self.recordSizeBytesMax = recordSizeBytesMax
        self.batchSizeBytesMax = batchSizeBytesMax
    }

    /// Plans one batch: returns its receipt, either the original one (idempotent retry) or the receipt of
    /// newly planned records. Throws without changing anything it has not already changed in this batch;
    /// callers plan on a copy to stay all-or-nothing.
    mutating func plan(
        _ batch: AppendBatch, index: LedgerIndex, now: Int64, lookup: (UInt64) throws(EventStoreError) -> RecordedEvent
    ) throws(EventStoreError) -> AppendReceipt {
        try BatchValidation.validate(
            batch, recordSizeBytesMax: recordSizeBytesMax, batchSizeBytesMax: batchSizeBytesMax)
        if let receipt = try originalReceipt(for: batch, index: index, lookup: lookup) { return receipt }
        let actual = versionOverlay[batch.stream] ?? index.version(of: batch.stream)
        guard batch.expectedVersion.isSatisfied(byActualVersion: actual) else {
            throw EventStoreError(
                .conflict(actualVersion: actual),
                "stream \(batch.stream): expected version \(batch.expectedVersion), actual \(ExpectedVersion.describe(actual))"
            )
        }
        let first = nextPosition
        var version = actual.map { $0 + 1 } ?? 0
        for (eventIndex, event) in batch.events.enumerated() {
            add(
                kind: .event, stream: batch.stream, version: version, event: event, now: now,
                endsBatch: eventIndex == batch.events.count - 1)
            version += 1
        }
        let receipt = AppendReceipt(
            firstPosition: first, lastPosition: nextPosition - 1, streamVersion: version - 1, chainHash: chainHead)
        let firstPlannedIndex = records.count - batch.events.count
        for (eventIndex, event) in batch.events.enumerated() {
            if let sourceID = event.sourceID {
                // The payload hash the encoder just wrote: no second hash of the payload.
                let planned = records[firstPlannedIndex + eventIndex]
                let payloadHash = planned.frame[
                    RecordLayout.payloadHashRange(frameSize: planned.frame.count, payloadSize: event.payload.count)]
                let fingerprint = SourceFingerprint(stream: batch.stream, event: event, payloadHash: Array(payloadHash))
                sourceOverlay[sourceID] = (fingerprint, receipt)
            }
        }
        versionOverlay[batch.stream] = version - 1
        return receipt
    }

    /// Plans a recovery record in the reserved recovery stream.
    mutating func planRecovery(_ description: RecoveryDescription, index: LedgerIndex, now: Int64) {
        let stream = RecordKind.recoveryStream
        let version = (versionOverlay[stream] ?? index.version(of: stream)).map { $0 + 1 } ?? 0
        let event = EventToAppend(type: RecordKind.recoveryType, schemaVersion: 1, payload: description.encoded)
        add(kind: .recovery, stream: stream, version: version, event: event, now: now, endsBatch: true)
        versionOverlay[stream] = version
    }

    private mutating func add(
        kind: RecordKind, stream: String, version: UInt64, event: EventToAppend, now: Int64, endsBatch: Bool
    ) {
        lastTimestampNanoseconds = max(lastTimestampNanoseconds, now)
        let fields = RecordFields(
            kind: kind, position: nextPosition, streamVersion: version,
            ledgerTimestampNanoseconds: lastTimestampNanoseconds,
            schemaVersion: event.schemaVersion, stream: stream, type: event.type, sourceID: event.sourceID,
            metadata: event.metadata, payload: event.payload, endsBatch: endsBatch)
        let encoded = RecordEncoder.encode(fields, previousChainHash: chainHead)
        records.append(
            PlannedRecord(
                frame: encoded.frame, position: nextPosition, stream: stream, streamVersion: version,
                sourceID: event.sourceID, chainHash: encoded.chainHash, endsBatch: endsBatch))
        chainHead = encoded.chainHash
        nextPosition += 1
    }

    /// The receipt of the original append if every event of `batch` was appended before with the same
    /// content; nil if none was. Throws `idempotencyConflict` for changed content or a mix of old and new.
    private func originalReceipt(
        for batch: AppendBatch, index: LedgerIndex, lookup: (UInt64) throws(EventStoreError) -> RecordedEvent
    ) throws(EventStoreError) -> AppendReceipt? {
        var found: [AppendReceipt] = []
        for event in batch.events {
            guard let sourceID = event.sourceID else { continue }
            // The fingerprint hashes the payload: only for a source id seen before.
            if let planned = sourceOverlay[sourceID] {
                guard planned.fingerprint == SourceFingerprint(stream: batch.stream, event: event) else {
                    throw Self.changedContent(sourceID)
                }
                found.append(planned.receipt)
            } else if let position = try index.position(ofSourceID: sourceID) {
                let original = try lookup(position)
                guard SourceFingerprint(original) == SourceFingerprint(stream: batch.stream, event: event) else {
                    throw Self.changedContent(sourceID)
                }
                found.append(
                    AppendReceipt(
                        firstPosition: position, lastPosition: position, streamVersion: original.streamVersion,
                        chainHash: original.chainHash))
            }
        }
        guard !found.isEmpty else { return nil }
        guard found.count == batch.events.count else {
            throw EventStoreError(
                .idempotencyConflict, "stream \(batch.stream): batch mixes already-appended and new source ids")
        }
        return Self.combined(found)
    }

    /// One receipt spanning the originals: the last record's version and chain hash. For a whole-batch
    /// retry this is exactly the original batch's receipt.
    private static func combined(_ receipts: [AppendReceipt]) -> AppendReceipt {
        let last = receipts.max { $0.lastPosition < $1.lastPosition }!
        let first = receipts.map(\.firstPosition).min()!
        return AppendReceipt(
            firstPosition: first, lastPosition: last.lastPosition, streamVersion: last.streamVersion,
            chainHash: last.chainHash)
    }

    private static func changedContent(_ sourceID: String) -> EventStoreError {
        EventStoreError(.idempotencyConflict, "source id \(sourceID) was already appended with different content")
    }
}

/// The content that must match for a repeated source id to count as the same event.
struct SourceFingerprint: Equatable {
    var stream: String
    var type: String
    var schemaVersion: UInt16
    var metadata: [UInt8]
    var payloadHash: [UInt8]

    init(stream: String, event: EventToAppend) {
        self.init(stream: stream, event: event, payloadHash: SHA256.hash(event.payload))
    }

    /// The fingerprint of `event`, whose payload's SHA-256 is `payloadHash`.
    init(stream: String, event: EventToAppend, payloadHash: [UInt8]) {
        self.stream = stream
        type = event.type
        schemaVersion = event.schemaVersion
        metadata = event.metadata
        self.payloadHash = payloadHash
    }

    init(_ record: RecordedEvent) {
        stream = record.stream
        type = record.type
        schemaVersion = record.schemaVersion
        metadata = record.metadata
        payloadHash = record.payloadHash
    }
}
