import EventStore
import TextFormats

/// Writes refused rows in the inputs' format, each with its file, line and reasons
/// (docs/import-format.md, "Rejects file"), atomically through an `AtomicFileWriter`: the rows go to a
/// temporary file that `finish` makes durable and renames over `path`. If the run fails part-way, the
/// temporary file is removed when the writer is released and a previous rejects file is left untouched.
final class RejectsWriter {
    /// The JSONL member added to each refused object.
    static let jsonMember = "importRejection"
    /// The columns put before the input columns in a CSV rejects file.
    static let csvLeadColumns = ["rejectFile", "rejectLine", "rejectReasons"]
    /// Bytes buffered before a `write(2)`.
    static let bufferSizeBytesMax = 1 << 20

    private let format: ImportInput.Format
    private let csvColumns: [String]
    private let file: AtomicFileWriter
    private var buffer: [UInt8] = []
    private var isFinished = false

    /// Starts the rejects file (replacing any at `path` only in `finish`); for CSV buffers the header row.
    init(path: String, format: ImportInput.Format, csvColumns: [String], fileSystem: any FileSystem = POSIXFileSystem())
        throws(ImportError)
    {
        self.format = format
        self.csvColumns = csvColumns
        file = try Self.performIO { () throws(FileSystemError) in
            try AtomicFileWriter(path: path, fileSystem: fileSystem, createsDirectory: true)
        }
        if format == .csv { CSVWriter(lineEnding: .lf).appendRecord(Self.csvLeadColumns + csvColumns, to: &buffer) }
    }

    /// Adds one refused row.
    func append(_ row: InputRow, header: [String]?, findings: [ImportFinding], file: String) throws(ImportError) {
        let reasons = findings.filter(\.isError).map { $0.field.isEmpty ? $0.reason : "\($0.field): \($0.reason)" }
        switch format {
        case .jsonl: appendJSON(row, reasons: reasons, file: file)
        case .csv: appendCSV(row, header: header ?? [], reasons: reasons, file: file)
        }
        if buffer.count >= Self.bufferSizeBytesMax { try flush() }
    }

    /// Writes what is buffered, makes the file durable and puts it at its path.
    func finish() throws(ImportError) {
        precondition(!isFinished, "finish a rejects file once")
        isFinished = true
        try flush()
        try Self.performIO { () throws(FileSystemError) in try file.commit() }
    }

    private func appendJSON(_ row: InputRow, reasons: [String], file: String) {
        let rejection = JSONValue.object([
            "file": .string(file), "line": .integer(Int64(row.line)), "reasons": .array(reasons.map(JSONValue.string)),
        ])
        var members: [String: JSONValue] = [:]
        if case .line(let bytes) = row.raw {
            if case .object(let original)? = try? JSONParser.parse(bytes) {
                members = original
            } else {
                members["rawLine"] = .string(String(decoding: bytes, as: UTF8.self))
            }
        }
        members[Self.jsonMember] = rejection
        CanonicalJSON.append(.object(members), to: &buffer)
        buffer.append(UInt8(ascii: "\n"))
    }

    private func appendCSV(_ row: InputRow, header: [String], reasons: [String], file: String) {
        var cells: [String: String] = [:]
        if case .fields(let fields) = row.raw {
            cells = Dictionary(zip(header, fields), uniquingKeysWith: { first, _ in first })
        }
        let record = [file, String(row.line), reasons.joined(separator: "; ")] + csvColumns.map { cells[$0] ?? "" }
        CSVWriter(lineEnding: .lf).appendRecord(record, to: &buffer)
    }

    private func flush() throws(ImportError) {
        try Self.performIO { () throws(FileSystemError) in try file.append(buffer) }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Runs `body`, wrapping a `FileSystemError` as `ImportError(.io)` with it as the cause (the CLI
    /// reports the cause, so the wording and exit code are those of every other file the tool writes).
    private static func performIO<Result>(_ body: () throws(FileSystemError) -> Result) throws(ImportError) -> Result {
        do {
            return try body()
        } catch {
            throw ImportError(.io, "rejects file: \(error)", cause: error)
        }
    }
}
