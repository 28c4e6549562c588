import CaseImport
import CaseModel
import CommandLineSupport
import EventStore
import TextFormats

/// `caseledger append` to a case stream: the payload goes through the importer, so it gets every check an
/// imported line gets (decoding as a catalogue event, the event's own rules, links to the events already in
/// the ledger, event-id reuse) and is stored the way an import stores it (canonical bytes, source id = event
/// id). Records that are not catalogue events therefore never reach a case stream through the CLI.
struct CaseStreamAppend {
    /// The case stream named by `--stream`.
    var stream: String
    /// `--expected-version`, checked under the writer lock before the importer runs.
    var expectedVersion: ExpectedVersion
    /// The record as the options describe it (type, schema version, source id, payload bytes).
    var event: EventToAppend
    /// Where the payload came from (`--payload`, `payload file F`), the file name of findings.
    var origin: String
    /// Where findings are printed.
    var errorOutput: any TextSink

    /// Checks and appends the event; returns its receipt (the original one when it was already present).
    /// `--expected-version` is checked only for an event id the ledger does not hold yet: a retry of an
    /// append that succeeded returns the original receipt, as a raw append's does.
    /// - Throws: `CommandFailure` with `dataError` for a payload that is not a catalogue event or disagrees
    ///   with the options, `temporaryFailure` for a stale `--expected-version`; the store's own errors.
    func append(to store: EventStore) throws -> AppendReceipt {
        let line = CanonicalJSON.encode(try JSONParser.parse(event.payload))  // one line, whatever the layout
        let caseEvent = try? CaseEvent.decode(jsonBytes: line)
        if let caseEvent { try checkOptions(against: caseEvent) }
        let isRetry = try caseEvent.map { try store.record(withSourceID: $0.eventId) != nil } ?? false
        let actual = try store.version(of: stream)
        guard isRetry || isExpected(actual) else {
            throw CommandFailure(
                .temporaryFailure,
                "stream \(TerminalText.escaped(stream)) is at version \(actual.map(String.init) ?? "no stream"), "
                    + "not \(expectedVersion) (read the stream and retry with a fresh --expected-version)")
        }
        let input = ImportInput.bytes(line, name: origin, format: .jsonl)
        do throws(ImportError) {
            let summary = try Importer(store: store).run([input])
            ImportCommand.write(summary.findings, to: errorOutput, command: "append")
        } catch {
            throw ImportCommand.failure(error, errorOutput: errorOutput, command: "append")
        }
        guard let caseEvent, let recorded = try store.record(withSourceID: caseEvent.eventId) else {
            throw CommandFailure(.software, "the appended event is not in the ledger")
        }
        return AppendReceipt(
            firstPosition: recorded.position, lastPosition: recorded.position, streamVersion: recorded.streamVersion,
            chainHash: recorded.chainHash)
    }

    /// Whether a stream at `actual` (nil: no events) meets `expectedVersion`.
    private func isExpected(_ actual: UInt64?) -> Bool {
        switch expectedVersion {
        case .any: true
        case .noStream: actual == nil
        case .exact(let version): actual == version
        }
    }

    /// Refuses options that disagree with the event: the stream, type, schema version and source id are
    /// the event's own.
    private func checkOptions(against caseEvent: CaseEvent) throws {
        let mismatches = [
            ("--stream", stream, caseEvent.streamID), ("--type", event.type, caseEvent.typeName),
            ("--schema-version", String(event.schemaVersion), String(caseEvent.schemaVersion)),
            ("--source-id", event.sourceID ?? caseEvent.eventId, caseEvent.eventId),
        ].filter { $0.1 != $0.2 }
        guard let (option, given, expected) = mismatches.first else { return }
        throw CommandFailure(
            .dataError,
            "\(origin): \(option) \(TerminalText.escaped(given)) does not match the event, which gives "
                + "\(TerminalText.escaped(expected)) (a case stream takes catalogue events only)")
    }
}
