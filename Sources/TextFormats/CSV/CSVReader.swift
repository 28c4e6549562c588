/// A streaming RFC 4180 reader: pulls bytes in chunks and yields one record at a time, in memory bounded by
/// the chunk size plus `recordSizeBytesMax`.
///
/// Accepted: fields separated by `,`; records ended by CRLF or LF (the last line end is optional); quoted
/// fields containing `,`, line breaks and doubled quotes `""`; a UTF-8 byte order mark at the very start
/// (skipped). Blank lines are skipped, so a record with a single empty field must be written `""` (as
/// `CSVWriter` does). Refused, with the line number: an unterminated quote, a quote inside an unquoted
/// field, text after a closing quote, a bare CR, invalid UTF-8 and over-long records.
public struct CSVReader {
    /// The longest record accepted, in bytes of field content (1 MiB).
    public static let recordSizeBytesMax = 1 << 20
    /// The most fields accepted in one record.
    public static let fieldCountMax = 4_096

    /// Supplies the next chunk of input; returns nil or an empty array at the end. The reader replaces the
    /// line of a thrown error with its current line.
    public typealias ChunkSource = () throws(CSVError) -> [UInt8]?

    private let readChunk: ChunkSource
    private var chunk: [UInt8] = []
    private var position = 0
    private var isAtEnd = false
    private var isAtStart = true
    private var line = 1

    /// Creates a reader over chunks supplied by `readChunk`.
    public init(readChunk: @escaping ChunkSource) {
        self.readChunk = readChunk
    }

    /// Creates a reader over bytes already in memory.
    public init(bytes: [UInt8]) {
        var pending: [UInt8]? = bytes
        self.init(readChunk: { () throws(CSVError) -> [UInt8]? in
            defer { pending = nil }
            return pending
        })
    }

    /// Creates a reader over a string's UTF-8 bytes.
    public init(text: String) { self.init(bytes: Array(text.utf8)) }

    /// Reads the next record, or nil at the end of the input.
    ///
    /// - Throws: `CSVError` with the line and reason.
    public mutating func next() throws(CSVError) -> CSVRecord? {
        if isAtStart { try skipByteOrderMark() }
        while let byte = try peek(), byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
            try consumeLineEnd()  // blank line
        }
        guard try peek() != nil else { return nil }
        let startLine = line
        var fields: [String] = []
        var recordSizeBytes = 0
        while true {
            let field = try readField(startLine: startLine)
            recordSizeBytes += field.count
            guard recordSizeBytes <= CSVReader.recordSizeBytesMax, fields.count < CSVReader.fieldCountMax else {
                throw CSVError(line: startLine, reason: .recordTooLarge)
            }
            guard let text = String(validating: field, as: UTF8.self) else {
                throw CSVError(line: line, reason: .invalidUTF8)
            }
            fields.append(text)
            switch try peek() {
            case UInt8(ascii: ","): advance()
            case nil: return CSVRecord(fields: fields, line: startLine)
            default:
                try consumeLineEnd()
                return CSVRecord(fields: fields, line: startLine)
            }
        }
    }

    /// Reads every remaining record; for small inputs only.
    public mutating func readAll() throws(CSVError) -> [CSVRecord] {
        var records: [CSVRecord] = []
        while let record = try next() { records.append(record) }
        return records
    }

    private mutating func readField(startLine: Int) throws(CSVError) -> [UInt8] {
        var field: [UInt8] = []
        if try peek() == UInt8(ascii: "\"") {
            try readQuoted(into: &field, startLine: startLine)
            return field
        }
        while let byte = try peek(), byte != UInt8(ascii: ","), byte != UInt8(ascii: "\n"), byte != UInt8(ascii: "\r") {
            guard byte != UInt8(ascii: "\"") else { throw CSVError(line: line, reason: .strayQuote) }
            guard field.count < CSVReader.recordSizeBytesMax else {
                throw CSVError(line: startLine, reason: .recordTooLarge)
            }
            field.append(byte)
            advance()
        }
        return field
    }

    private mutating func readQuoted(into field: inout [UInt8], startLine: Int) throws(CSVError) {
        let quoteLine = line
        advance()  // the opening quote
        while true {
            guard let byte = try peek() else { throw CSVError(line: quoteLine, reason: .unterminatedQuote) }
            advance()
            if byte == UInt8(ascii: "\"") {
                guard try peek() == UInt8(ascii: "\"") else { break }
                advance()
            } else if byte == UInt8(ascii: "\n") {
                line += 1
            }
            guard field.count < CSVReader.recordSizeBytesMax else {
                throw CSVError(line: startLine, reason: .recordTooLarge)
            }
            field.append(byte)
        }
        switch try peek() {
        case nil, UInt8(ascii: ","), UInt8(ascii: "\n"), UInt8(ascii: "\r"): return
        default: throw CSVError(line: line, reason: .textAfterClosingQuote)
        }
    }

    /// Consumes LF or CRLF at the cursor.
    private mutating func consumeLineEnd() throws(CSVError) {
        if try peek() == UInt8(ascii: "\r") {
            advance()
            guard try peek() == UInt8(ascii: "\n") else { throw CSVError(line: line, reason: .bareCarriageReturn) }
        }
        advance()
        line += 1
    }

    private mutating func skipByteOrderMark() throws(CSVError) {
        isAtStart = false
        let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]
        while chunk.count - position < byteOrderMark.count, !isAtEnd {
            let kept = Array(chunk[position...])
            guard try fetchChunk() else { break }
            chunk = kept + chunk  // a mark split across chunks is joined before it is checked
        }
        if chunk[position...].starts(with: byteOrderMark) { position += byteOrderMark.count }
    }

    /// The byte at the cursor, fetching the next chunk when the current one is used up; nil at the end.
    private mutating func peek() throws(CSVError) -> UInt8? {
        while position == chunk.count {
            guard try fetchChunk() else { return nil }
        }
        return chunk[position]
    }

    /// Replaces the current chunk with the next one; false (and `isAtEnd` set) at the end of the input.
    private mutating func fetchChunk() throws(CSVError) -> Bool {
        guard !isAtEnd else { return false }
        let next: [UInt8]?
        do { next = try readChunk() } catch { throw CSVError(line: line, reason: error.reason) }
        guard let next, !next.isEmpty else {
            isAtEnd = true
            return false
        }
        chunk = next
        position = 0
        return true
    }

    private mutating func advance() { position += 1 }
}
