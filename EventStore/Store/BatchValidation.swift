/// Argument and limit checks for a batch, before anything is encoded.
enum BatchValidation {
    /// Throws `invalidArgument` or `limitExceeded` naming the stream and the event's index in the batch.
    static func validate(_ batch: AppendBatch, recordSizeBytesMax: Int, batchSizeBytesMax: Int) throws(EventStoreError)
    {
        try validateStream(batch.stream)
        guard !batch.events.isEmpty else {
            throw EventStoreError(.invalidArgument, "stream \(batch.stream): empty batch")
        }
        guard batch.events.count <= Limits.batchRecordCountMax else {
            throw EventStoreError(
                .limitExceeded,
                "stream \(batch.stream): \(batch.events.count) events, limit \(Limits.batchRecordCountMax)")
        }
        var batchSize = 0
        var sourceIDs = Set<String>(minimumCapacity: batch.events.count)
        for (eventIndex, event) in batch.events.enumerated() {
            // Built only for a message: formatting it for every event would cost more than the checks.
            func where_() -> String { "stream \(batch.stream), event \(eventIndex)" }
            batchSize += try validateEvent(
                event, where: where_(), recordSizeBytesMax: recordSizeBytesMax, stream: batch.stream)
            if let sourceID = event.sourceID, !sourceIDs.insert(sourceID).inserted {
                throw EventStoreError(.invalidArgument, "\(where_()): source id \(sourceID) repeated within the batch")
            }
        }
        guard batchSize <= batchSizeBytesMax else {
            throw EventStoreError(
                .limitExceeded, "stream \(batch.stream): batch of \(batchSize) bytes, limit \(batchSizeBytesMax)")
        }
    }

    /// Checks a caller's stream id: not empty, within the limit, not in the reserved `$` namespace.
    static func validateStream(_ stream: String) throws(EventStoreError) {
        guard !stream.isEmpty, !stream.hasPrefix("$") else {
            throw EventStoreError(.invalidArgument, "stream id is empty or in the reserved '$' namespace")
        }
        guard stream.utf8.count <= Limits.streamIDSizeBytesMax else {
            throw EventStoreError(
                .limitExceeded, "stream id of \(stream.utf8.count) bytes, limit \(Limits.streamIDSizeBytesMax)")
        }
    }

    /// Checks one event and returns its encoded frame size.
    private static func validateEvent(
        _ event: EventToAppend, where where_: @autoclosure () -> String, recordSizeBytesMax: Int, stream: String
    ) throws(EventStoreError) -> Int {
        let typeSize = event.type.utf8.count
        let sourceIDSize = event.sourceID?.utf8.count ?? 0
        guard typeSize > 0, event.sourceID.map({ !$0.isEmpty }) ?? true else {
            throw EventStoreError(.invalidArgument, "\(where_()): empty type or source id")
        }
        try check(typeSize, Limits.typeSizeBytesMax, "type", where_())
        try check(sourceIDSize, Limits.sourceIDSizeBytesMax, "source id", where_())
        try check(event.metadata.count, Limits.metadataSizeBytesMax, "metadata", where_())
        let frameSize = RecordLayout.frameSizeBytes(
            streamSize: stream.utf8.count, typeSize: typeSize, sourceIDSize: sourceIDSize,
            metadataSize: event.metadata.count,
            payloadSize: event.payload.count)
        try check(frameSize, recordSizeBytesMax, "record", where_())
        return frameSize
    }

    private static func check(_ size: Int, _ limit: Int, _ what: String, _ where_: @autoclosure () -> String)
        throws(EventStoreError)
    {
        guard size <= limit else {
            throw EventStoreError(.limitExceeded, "\(where_()): \(what) of \(size) bytes, limit \(limit)")
        }
    }
}
