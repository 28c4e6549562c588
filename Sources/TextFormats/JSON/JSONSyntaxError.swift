/// Why and where a JSON text was refused.
///
/// `line` and `column` are 1-based. Lines are separated by LF; `column` counts Unicode scalars from the
/// start of the line, so it matches what an editor shows for UTF-8 text. `reason` never quotes string
/// content, except that a duplicate key is named, because a key is schema, not case data.
public struct JSONSyntaxError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The 1-based line of the offending byte.
    public var line: Int
    /// The 1-based column (in Unicode scalars) of the offending byte.
    public var column: Int
    /// What is wrong, for example `trailing comma in array`.
    public var reason: String

    /// Creates an error at an explicit position.
    public init(line: Int, column: Int, reason: String) {
        self.line = line
        self.column = column
        self.reason = reason
    }

    /// Creates an error for the byte at `byteOffset` in `bytes`, working out its line and column.
    init(reason: String, at byteOffset: Int, in bytes: [UInt8]) {
        var line = 1
        var column = 1
        for byte in bytes[..<min(byteOffset, bytes.count)] {
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {  // count scalar starts, not continuation bytes
                column += 1
            }
        }
        self.init(line: line, column: column, reason: reason)
    }

    /// `line L, column C: reason`.
    public var description: String { "JSON syntax error at line \(line), column \(column): \(reason)" }
}
