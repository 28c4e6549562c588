/// An RFC 4180 CSV writer.
///
/// A field is quoted when it contains `,`, `"`, CR or LF (with `"` doubled inside), or when it is the only
/// field of a record and is empty (so that `CSVReader`, which skips blank lines, reads it back). Every
/// record, including the last, ends with the chosen line ending. Output is deterministic.
///
/// Every cell first passes through `CSVFormulaGuard.neutralised(_:)`, so no cell a spreadsheet would run as
/// a formula is written bare.
public struct CSVWriter: Sendable {
    /// How records end.
    public enum LineEnding: Sendable {
        /// CR LF, as RFC 4180 specifies (the default).
        case crlf
        /// LF alone, for Unix tools.
        case lf
    }

    /// How records end.
    public var lineEnding: LineEnding

    /// Creates a writer.
    public init(lineEnding: LineEnding = .crlf) {
        self.lineEnding = lineEnding
    }

    /// Appends one record (with its line ending) to `output`.
    public func appendRecord(_ fields: [String], to output: inout [UInt8]) {
        for (index, field) in fields.enumerated() {
            if index > 0 { output.append(UInt8(ascii: ",")) }
            appendField(field, quoteIfEmpty: fields.count == 1, to: &output)
        }
        if lineEnding == .crlf { output.append(UInt8(ascii: "\r")) }
        output.append(UInt8(ascii: "\n"))
    }

    /// Encodes records as CSV text.
    public func encode(_ records: [[String]]) -> String {
        var output: [UInt8] = []
        for record in records { appendRecord(record, to: &output) }
        return String(decoding: output, as: UTF8.self)
    }

    private func appendField(_ cell: String, quoteIfEmpty: Bool, to output: inout [UInt8]) {
        let field = CSVFormulaGuard.neutralised(cell)
        let needsQuotes = (quoteIfEmpty && field.isEmpty) || field.utf8.contains { CSVWriter.isSpecial($0) }
        guard needsQuotes else {
            output.append(contentsOf: field.utf8)
            return
        }
        output.append(UInt8(ascii: "\""))
        for byte in field.utf8 {
            if byte == UInt8(ascii: "\"") { output.append(byte) }
            output.append(byte)
        }
        output.append(UInt8(ascii: "\""))
    }

    private static func isSpecial(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\r")
            || byte == UInt8(ascii: "\n")
    }
}
