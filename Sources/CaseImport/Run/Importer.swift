import CaseModel
import EventStore

/// Imports JSONL and CSV event files into a ledger: validates every row and the links between events
/// before anything is written, then appends in groups, idempotently (docs/import-format.md).
///
/// Memory is bounded by a small fact record per row, not by the input size: each input is streamed twice
/// (validate, then append); a line already in canonical form is appended as read, without decoding it again.
public struct Importer: Sendable {
    /// The open, writable ledger.
    public let store: EventStore
    /// How the run behaves.
    public let options: ImportOptions

    /// Creates an importer for `store`.
    public init(store: EventStore, options: ImportOptions = ImportOptions()) {
        self.store = store
        self.options = options
    }

    /// Imports `inputs` in order, calling `progress` every `progressIntervalRows` rows while validating and
    /// after each append group.
    ///
    /// Without `skipInvalid`, any error finding refuses the run and the ledger is left exactly as it was.
    /// With it, rows with errors are written to the rejects file and the rest are appended.
    ///
    /// - Returns: counts, findings (warnings, and with `skipInvalid` the errors of refused rows) and types.
    /// - Throws: `ImportError`: `usage` for bad options, `notFound` or `io` for an unreadable input,
    ///   `invalidInput` (with every finding) when a row has an error, `conflict` when the input changed
    ///   between the passes or the store reports a reused source id, `store` when an append fails.
    public func run(
        _ inputs: [ImportInput], progress: (ImportProgress) -> Void = { _ in }
    ) throws(ImportError) -> ImportSummary {
        try checkUsage(inputs)
        let validation = try validate(inputs, progress: progress)
        let ledger = try ledgerFacts(streams: validation.streams)
        let verdict = validation.crossCheck(
            ledger: ledger, foreignStreams: try foreignStreams(of: validation.facts), skipInvalid: options.skipInvalid)
        var summary = validation.summary(verdict: verdict, findingsCountMax: options.findingsCountMax)
        summary.files = inputs.count
        if summary.errors > 0 && (!options.skipInvalid || validation.hasFatalFinding) {
            throw ImportError(
                .invalidInput,
                "the input has \(summary.errors) error\(summary.errors == 1 ? "" : "s"); nothing was written",
                findings: summary.findings)
        }
        try append(inputs, validation: validation, verdict: verdict, into: &summary, progress: progress)
        return summary
    }

    private func checkUsage(_ inputs: [ImportInput]) throws(ImportError) {
        guard !inputs.isEmpty else { throw ImportError(.usage, "no input files") }
        guard options.groupEventCountMax > 0, options.groupEventCountMax <= Limits.batchRecordCountMax,
            options.groupSizeBytesMax > 0, options.groupSizeBytesMax <= Limits.batchSizeBytesMax / 2
        else {
            throw ImportError(.usage, "group limits must be within the store's batch limits")
        }
        guard options.rejectsPath == nil || options.skipInvalid else {
            throw ImportError(.usage, "a rejects file needs skipInvalid")
        }
        guard options.rejectsPath == nil || Set(inputs.map(\.format)).count == 1 else {
            throw ImportError(.usage, "a rejects file needs all inputs in one format")
        }
    }

    /// The stream of every run event whose id the ledger already holds in a *different* stream. A source id
    /// is unique ledger-wide, so the store would refuse such a row at append time, after earlier groups were
    /// committed; finding it here keeps the run all-or-nothing.
    private func foreignStreams(of facts: [EventFacts]) throws(ImportError) -> [String: String] {
        var foreign: [String: String] = [:]
        for fact in facts {
            let stored: RecordedEvent?
            do {
                stored = try store.record(withSourceID: fact.eventId)
            } catch {
                throw ImportError(.store, "looking up event id \(fact.eventId) failed", cause: error)
            }
            if let stored, stored.stream != fact.stream { foreign[fact.eventId] = stored.stream }
        }
        return foreign
    }

    /// Reads the ledger's events of `streams` as facts (records that are not catalogue events are skipped).
    private func ledgerFacts(streams: Set<String>) throws(ImportError) -> [String: [EventFacts]] {
        var facts: [String: [EventFacts]] = [:]
        for stream in streams.sorted() {
            let records: [RecordedEvent]
            do {
                records = try store.readStream(stream)
            } catch {
                throw ImportError(.store, "reading stream \(stream) failed", cause: error)
            }
            facts[stream] = records.compactMap { record in
                guard let event = try? CaseEvent.decode(jsonBytes: record.payload) else { return nil }
                return EventFacts(event, origin: .ledger, contentHash: record.payloadHash)
            }
        }
        return facts
    }

}
