/// A strict RFC 8259 JSON parser over UTF-8 bytes.
///
/// Refused: trailing commas, leading zeros, `+1`, `.5`, `1.`, `NaN`, `Infinity`, comments, single quotes,
/// unescaped control characters (U+0000–U+001F) in strings, invalid escapes, lone or misordered UTF-16
/// surrogate escapes, invalid UTF-8 (overlong forms, encoded surrogates, code points above U+10FFFF),
/// a byte order mark, duplicate object keys, anything after the top-level value, nesting deeper than
/// `depthMax`, and texts longer than `documentSizeBytesMax`. Whitespace is space, tab, LF and CR only.
/// Every error carries a line and column.
public enum JSONParser {
    /// The deepest nesting of arrays and objects accepted; a top-level `[]` has depth 1.
    public static let depthMax = 64
    /// The longest text accepted, in bytes (16 MiB).
    public static let documentSizeBytesMax = 16 << 20

    /// Parses one JSON text from UTF-8 bytes.
    ///
    /// - Throws: `JSONSyntaxError` with the line, column and reason of the first problem.
    /// - Complexity: O(n) in the byte count.
    public static func parse(_ bytes: [UInt8]) throws(JSONSyntaxError) -> JSONValue {
        try parse(bytes, documentSizeBytesMax: documentSizeBytesMax)
    }

    /// Parses one JSON text from UTF-8 bytes, accepting texts up to `sizeBytesMax` bytes: for documents the
    /// project writes itself and knows to be large (a projection checkpoint embeds every child's events).
    ///
    /// - Throws: `JSONSyntaxError` with the line, column and reason of the first problem.
    public static func parse(_ bytes: [UInt8], documentSizeBytesMax sizeBytesMax: Int) throws(JSONSyntaxError)
        -> JSONValue
    {
        guard bytes.count <= sizeBytesMax else {
            throw JSONSyntaxError(line: 1, column: 1, reason: "text longer than \(sizeBytesMax) bytes")
        }
        var scanner = JSONScanner(bytes: bytes)
        return try scanner.parseDocument()
    }

    /// Parses one JSON text from a string (its UTF-8 form).
    ///
    /// - Throws: `JSONSyntaxError` with the line, column and reason of the first problem.
    public static func parse(_ text: String) throws(JSONSyntaxError) -> JSONValue {
        try parse(Array(text.utf8))
    }
}
