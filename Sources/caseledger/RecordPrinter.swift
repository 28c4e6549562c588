import CommandLineSupport
import EventStore
import Projections
import TextFormats

/// Prints recorded events as a human table or as JSON lines, one record at a time.
struct RecordPrinter {
    private static let columnWidths = [10, 24, 9, 28, 32]
    private static let header = ["POSITION", "STREAM", "VERSION", "TYPE", "LEDGER-TIME", "SOURCE-ID"]

    private let output: any TextSink
    private let asJSON: Bool

    /// Creates a printer.
    init(output: any TextSink, asJSON: Bool) {
        self.output = output
        self.asJSON = asJSON
    }

    /// Prints the table header (nothing for JSON lines). Call once, before the first record.
    func printHeader() {
        if !asJSON { output.write(TextTable.row(Self.header, widths: Self.columnWidths)) }
    }

    /// Prints one record.
    func print(_ record: RecordedEvent) {
        output.write(asJSON ? JSONOutput.line(Self.json(record)) : Self.row(record))
    }

    private static func row(_ record: RecordedEvent) -> String {
        let cells = [
            String(record.position), TerminalText.escaped(record.stream), String(record.streamVersion),
            TerminalText.escaped(record.type),
            LedgerTimestamp.text(nanosecondsSinceEpoch: record.ledgerTimestampNanoseconds),
            TerminalText.escaped(record.sourceID ?? "-"),
        ]
        return TextTable.row(cells, widths: columnWidths)
    }

    /// The JSON form: the payload as text when it is UTF-8, else null, and null once erased by a redaction
    /// (`payloadErased`; its hash and size are always given).
    private static func json(_ record: RecordedEvent) -> JSONValue {
        let payloadText = String(validating: record.payload, as: UTF8.self)
        return .object([
            "kind": .string(record.kind == .event ? "event" : "recovery"),
            "position": JSONOutput.integer(record.position),
            "stream": .string(record.stream),
            "version": JSONOutput.integer(record.streamVersion),
            "type": .string(record.type),
            "schemaVersion": .integer(Int64(record.schemaVersion)),
            "timestamp": .string(LedgerTimestamp.text(nanosecondsSinceEpoch: record.ledgerTimestampNanoseconds)),
            "sourceId": record.sourceID.map(JSONValue.string) ?? .null,
            "payloadHash": .string(HexText.encode(record.payloadHash)),
            "payloadSizeBytes": .integer(Int64(record.payload.count)),
            "chainHash": .string(HexText.encode(record.chainHash)),
            "payloadErased": .bool(record.payloadErased),
            "payload": record.payloadErased ? .null : payloadText.map(JSONValue.string) ?? .null,
        ])
    }
}
