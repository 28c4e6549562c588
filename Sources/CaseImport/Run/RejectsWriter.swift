import EventStore
import TextFormats

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes refused rows in the inputs' format, each with its file, line and reasons
/// (docs/import-format.md, "Rejects file"), then fsyncs the file in `finish`. The descriptor is closed when
/// the writer is released, also when the run fails part-way.
final class RejectsWriter {
    /// The JSONL member added to each refused object.
    static let jsonMember = "importRejection"
    /// The columns put before the input columns in a CSV rejects file.
    static let csvLeadColumns = ["rejectFile", "rejectLine", "rejectReasons"]
    /// Bytes buffered before a `write(2)`.
    static let bufferSizeBytesMax = 1 << 20

    private let path: String
    private let format: ImportInput.Format
    private let csvColumns: [String]
    private let descriptor: Int32
    private var buffer: [UInt8] = []
    private var isFinished = false

    /// Creates (or truncates) the rejects file; for CSV writes the header row.
    init(path: String, format: ImportInput.Format, csvColumns: [String]) throws(ImportError) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw ImportError(.io, "\(path): cannot create the rejects file: \(SystemErrorText.describe(errno))")
        }
        self.path = path
        self.format = format
        self.csvColumns = csvColumns
        self.descriptor = descriptor
        if format == .csv { CSVWriter(lineEnding: .lf).appendRecord(Self.csvLeadColumns + csvColumns, to: &buffer) }
    }

    deinit { close(descriptor) }

    /// Adds one refused row.
    func append(_ row: InputRow, header: [String]?, findings: [ImportFinding], file: String) throws(ImportError) {
        let reasons = findings.filter(\.isError).map { $0.field.isEmpty ? $0.reason : "\($0.field): \($0.reason)" }
        switch format {
        case .jsonl: appendJSON(row, reasons: reasons, file: file)
        case .csv: appendCSV(row, header: header ?? [], reasons: reasons, file: file)
        }
        if buffer.count >= Self.bufferSizeBytesMax { try flush() }
    }

    /// Writes what is buffered and fsyncs the file.
    func finish() throws(ImportError) {
        precondition(!isFinished, "finish a rejects file once")
        isFinished = true
        try flush()
        guard fsync(descriptor) == 0 else {
            throw ImportError(.io, "\(path): fsync failed: \(SystemErrorText.describe(errno))")
        }
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
        var offset = 0
        while offset < buffer.count {
            let written = buffer[offset...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            if written < 0 && errno == EINTR { continue }
            guard written > 0 else {
                throw ImportError(.io, "\(path): write failed: \(SystemErrorText.describe(errno))")
            }
            offset += written
        }
        buffer.removeAll(keepingCapacity: true)
    }
}
