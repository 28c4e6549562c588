import CaseModel
import EventStore
import Integrity

extension Importer {
    /// Pass 1: reads every row of every input, decodes and checks it, and keeps facts of the good ones.
    func validate(_ inputs: [ImportInput], progress: (ImportProgress) -> Void) throws(ImportError) -> Validation {
        var validation = Validation()
        validation.names = inputs.map(\.name)
        for (index, input) in inputs.enumerated() {
            var reader = try RowReader(input)
            while let row = try reader.next() {
                validation.add(row, input: index)
                if validation.locations.count % options.progressIntervalRows == 0 {
                    progress(
                        ImportProgress(
                            phase: .validating, file: input.name, rowsRead: validation.locations.count,
                            eventsAppended: 0))
                }
            }
            if let header = reader.csvHeader { validation.addColumns(header) }
        }
        return validation
    }

    /// Pass 2: reads the inputs again, appends the accepted events in groups and writes refused rows to
    /// the rejects file.
    func append(
        _ inputs: [ImportInput], validation: Validation, verdict: Validation.Verdict, into summary: inout ImportSummary,
        progress: (ImportProgress) -> Void
    ) throws(ImportError) {
        let factsByOrdinal = Dictionary(uniqueKeysWithValues: validation.facts.map { ($0.ordinal!, $0) })
        let rejects = try options.rejectsPath.map { (path) throws(ImportError) in
            try RejectsWriter(path: path, format: inputs[0].format, csvColumns: validation.csvColumns)
        }
        var group = AppendGroup(eventCountMax: options.groupEventCountMax, sizeBytesMax: options.groupSizeBytesMax)
        var ordinal = 0
        for input in inputs {
            var reader = try RowReader(input, decodesJSONLines: false)
            while let row = try reader.next() {
                defer { ordinal += 1 }
                if verdict.rejected.contains(ordinal) {
                    try rejects?.append(
                        row, header: reader.csvHeader, findings: verdict.findings[ordinal] ?? [], file: input.name)
                    continue
                }
                guard verdict.dispositions[ordinal] == .append, let facts = factsByOrdinal[ordinal] else { continue }
                guard let record = Self.record(for: row, facts: facts, file: input.name) else {
                    throw ImportError(
                        .conflict,
                        "\(input.name):\(row.line): the input changed between validation and append; "
                            + "\(summary.eventsAppended) events were appended before this point")
                }
                group.add(record, stream: facts.stream)
                if group.isFull { try commit(&group, file: input.name, summary: &summary, progress: progress) }
            }
        }
        try commit(&group, file: inputs.last!.name, summary: &summary, progress: progress)
        try rejects?.finish()
    }

    /// The record for a row accepted in pass 1, or nil when the row is no longer the event pass 1 saw.
    ///
    /// A JSONL line already in canonical form (its hash is the pass-1 content hash) is appended as it is,
    /// without decoding it again; any other row is decoded and re-encoded, and its hash checked.
    static func record(for row: InputRow, facts: EventFacts, file: String) -> EventToAppend? {
        if row.event == nil, case .line(let bytes) = row.raw, SHA256.hash(bytes) == facts.contentHash {
            return EventToAppend(
                type: facts.typeName, schemaVersion: UInt16(facts.schemaVersion), sourceID: facts.eventId,
                metadata: [], payload: bytes)  // as `CaseEvent.recordParts`: no metadata in encoding v1
        }
        var event = row.event
        if event == nil, case .line(let bytes) = row.raw {
            event = RowReader.decodeJSONLine(bytes, file: file, line: row.line).event
        }
        guard let record = event?.eventToAppend, SHA256.hash(record.payload) == facts.contentHash else { return nil }
        return record
    }

    /// Appends the group's batches with one `appendBatches` call (one fdatasync) and empties it.
    private func commit(
        _ group: inout AppendGroup, file: String, summary: inout ImportSummary, progress: (ImportProgress) -> Void
    ) throws(ImportError) {
        guard !group.isEmpty else { return }
        do {
            _ = try store.appendBatches(group.batches)
        } catch {
            let earlier =
                "\(summary.eventsAppended) events in \(summary.groupsCommitted) earlier groups were appended; "
                + "re-running the same import completes it"
            if error.code == .idempotencyConflict {
                throw ImportError(
                    .conflict, "an event id is already in the ledger with different content; \(earlier)", cause: error)
            }
            throw ImportError(.store, "append failed; \(earlier)", cause: error)
        }
        summary.eventsAppended += group.eventCount
        summary.groupsCommitted += 1
        for (type, count) in group.countByType { summary.appendedByType[type, default: 0] += count }
        group.removeAll()
        progress(
            ImportProgress(
                phase: .appending, file: file, rowsRead: summary.lines, eventsAppended: summary.eventsAppended))
    }
}
