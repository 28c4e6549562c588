/// Why a CSV text was refused, and on which line. Never contains field content, except a duplicated
/// header name (a column name is schema, not case data).
public struct CSVError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What went wrong.
    public enum Reason: Sendable, Equatable, CustomStringConvertible {
        /// A quoted field was still open at the end of the input.
        case unterminatedQuote
        /// A `"` inside an unquoted field.
        case strayQuote
        /// Something other than `,` or a line end after a closing quote.
        case textAfterClosingQuote
        /// A carriage return not followed by a line feed.
        case bareCarriageReturn
        /// A data row has a different number of fields from the header.
        case fieldCountMismatch(expected: Int, found: Int)
        /// A field is not valid UTF-8.
        case invalidUTF8
        /// A record is longer than `CSVReader.recordSizeBytesMax` or has more than `CSVReader.fieldCountMax` fields.
        case recordTooLarge
        /// A table was read from input with no header row.
        case missingHeader
        /// Two header columns have the same name.
        case duplicateColumn(String)
        /// `read(2)` failed with this errno.
        case readFailed(errno: Int32)

        /// A short English explanation.
        public var description: String {
            switch self {
            case .unterminatedQuote: "quoted field not closed before end of input"
            case .strayQuote: "double quote inside an unquoted field"
            case .textAfterClosingQuote: "text after the closing quote of a field"
            case .bareCarriageReturn: "carriage return not followed by line feed"
            case .fieldCountMismatch(let expected, let found): "expected \(expected) fields, found \(found)"
            case .invalidUTF8: "field is not valid UTF-8"
            case .recordTooLarge: "record exceeds the size or field-count limit"
            case .missingHeader: "no header row"
            case .duplicateColumn(let name): "duplicate column \"\(name)\""
            case .readFailed(let errno): "read failed (errno \(errno))"
            }
        }
    }

    /// The 1-based line where the problem was found (for an unterminated quote, where the field began).
    public var line: Int
    /// What went wrong.
    public var reason: Reason

    /// Creates an error.
    public init(line: Int, reason: Reason) {
        self.line = line
        self.reason = reason
    }

    /// `line N: reason`.
    public var description: String { "CSV error at line \(line): \(reason)" }
}
