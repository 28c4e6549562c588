import CaseModel
import TextFormats

/// Reads the rows of one input in order, decoding each into an event or findings, in bounded memory.
struct RowReader {
    private enum Parser {
        case jsonl(LineReader)
        case csv(CSVTable, CSVEventMapping)
        case finished
    }

    /// The input's name, used in findings.
    let file: String
    private var parser: Parser
    /// Whether JSONL lines are decoded as they are read; when false, rows carry only their raw line and
    /// the caller decodes the lines it needs with `decodeJSONLine` (CSV rows are always decoded).
    let decodesJSONLines: Bool
    private var pending: InputRow?
    private let readFailure = ReadFailure()

    /// Opens `input` and, for CSV, reads and checks its header.
    init(_ input: ImportInput, decodesJSONLines: Bool = true) throws(ImportError) {
        file = input.name
        self.decodesJSONLines = decodesJSONLines
        let reader = try input.openReader()
        switch input.format {
        case .jsonl:
            parser = .jsonl(LineReader(reader: reader))
        case .csv:
            parser = .finished
            try openCSV(reader)
        }
    }

    /// The CSV header columns, or nil for JSONL.
    private(set) var csvHeader: [String]?

    /// The next row, or nil at the end of the input.
    mutating func next() throws(ImportError) -> InputRow? {
        if let row = pending {
            pending = nil
            return row
        }
        switch parser {
        case .finished: return nil
        case .jsonl(var lines):
            defer { parser = .jsonl(lines) }
            return try nextJSONLRow(&lines)
        case .csv(var table, let mapping):
            defer { if case .csv = parser { parser = .csv(table, mapping) } }
            return try nextCSVRow(&table, mapping)
        }
    }

    private mutating func openCSV(_ reader: any ChunkReader) throws(ImportError) {
        let failure = readFailure
        let source = CSVReader(readChunk: { () throws(CSVError) -> [UInt8]? in
            do throws(ImportError) {
                return try reader.nextChunk()
            } catch {
                failure.error = error
                throw CSVError(line: 0, reason: .readFailed(errno: 0))
            }
        })
        let table: CSVTable
        do throws(CSVError) {
            table = try CSVTable(reader: source)
        } catch {
            pending = try fatalRow(error)
            return
        }
        csvHeader = table.header
        let findings = CSVEventMapping.headerFindings(table.header, file: file, line: 1)
        guard findings.isEmpty else {
            pending = InputRow(line: 1, findings: findings, raw: .none, isFatal: true)
            return
        }
        parser = .csv(table, CSVEventMapping(header: table.header))
    }

    private func nextJSONLRow(_ lines: inout LineReader) throws(ImportError) -> InputRow? {
        while let (number, line) = try lines.next() {
            guard case .text(let bytes) = line else {
                let finding = ImportFinding(
                    severity: .error, stage: .syntax, file: file, line: number, reason: "lineTooLong",
                    detail: "longer than \(LineReader.lineSizeBytesMax) bytes")
                return InputRow(line: number, findings: [finding], raw: .none)
            }
            if bytes.allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }) { continue }
            guard decodesJSONLines else { return InputRow(line: number, findings: [], raw: .line(bytes)) }
            return Self.decodeJSONLine(bytes, file: file, line: number)
        }
        return nil
    }

    static func decodeJSONLine(_ bytes: [UInt8], file: String, line: Int) -> InputRow {
        let value: JSONValue
        do {
            value = try JSONParser.parse(bytes)
        } catch {
            let finding = ImportFinding(
                severity: .error, stage: .syntax, file: file, line: line, column: error.column, reason: "jsonSyntax",
                detail: error.reason)
            return InputRow(line: line, findings: [finding], raw: .line(bytes))
        }
        do {
            let event = try CaseEvent.decode(from: value)
            return InputRow(line: line, event: event, findings: [], raw: .line(bytes))
        } catch {
            return InputRow(line: line, findings: [ImportFinding(error, file: file, line: line)], raw: .line(bytes))
        }
    }

    private mutating func nextCSVRow(_ table: inout CSVTable, _ mapping: CSVEventMapping) throws(ImportError)
        -> InputRow?
    {
        let row: CSVRow
        do {
            guard let next = try table.nextRow() else {
                parser = .finished
                return nil
            }
            row = next
        } catch {
            parser = .finished
            return try fatalRow(error)
        }
        let fields = row.record.fields.map(CSVFormulaGuard.restored)  // a cell as CaseLedger's CSV writer guards it
        do {
            let event = try mapping.event(from: fields)
            return InputRow(line: row.line, event: event, findings: [], raw: .fields(fields))
        } catch {
            return InputRow(
                line: row.line, findings: [ImportFinding(error, file: file, line: row.line)], raw: .fields(fields))
        }
    }

    /// The whole-file finding for a CSV error; a read failure of the input is rethrown as the `ImportError`.
    private func fatalRow(_ error: CSVError) throws(ImportError) -> InputRow {
        if let failure = readFailure.error { throw failure }
        let finding = ImportFinding(
            severity: .error, stage: .syntax, file: file, line: error.line, reason: Self.reasonCode(error.reason),
            detail: error.reason.description)
        return InputRow(line: error.line, findings: [finding], raw: .none, isFatal: true)
    }

    /// The stable reason code for a CSV error: `csvUnterminatedQuote`, `csvFieldCountMismatch`, …
    static func reasonCode(_ reason: CSVError.Reason) -> String {
        switch reason {
        case .unterminatedQuote: "csvUnterminatedQuote"
        case .strayQuote: "csvStrayQuote"
        case .textAfterClosingQuote: "csvTextAfterClosingQuote"
        case .bareCarriageReturn: "csvBareCarriageReturn"
        case .fieldCountMismatch: "csvFieldCountMismatch"
        case .invalidUTF8: "csvInvalidUTF8"
        case .recordTooLarge: "csvRecordTooLarge"
        case .missingHeader: "csvMissingHeader"
        case .duplicateColumn: "csvDuplicateColumn"
        case .readFailed: "readFailed"
        }
    }
}

/// Carries an input read failure out of the CSV reader's chunk closure, which can only throw `CSVError`.
/// Used from one thread: the reader that owns it.
private final class ReadFailure {
    var error: ImportError?
}
