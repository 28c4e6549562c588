/// Indented JSON for people to read: keys sorted as in `CanonicalJSON`, one member or element per line,
/// `": "` between key and value, empty containers as `[]` and `{}`, no trailing newline.
///
/// Parsing the output gives back an equal `JSONValue`, but only `CanonicalJSON` bytes are stable enough
/// to hash.
public enum PrettyJSON {
    /// Encodes `value` with `indent` spaces per nesting level.
    ///
    /// - Precondition: `indent >= 0`; every `.number` holds RFC 8259 number text.
    public static func encode(_ value: JSONValue, indent: Int = 2) -> String {
        precondition(indent >= 0, "indent must not be negative")
        var output: [UInt8] = []
        append(value, indent: indent, level: 0, to: &output)
        return String(decoding: output, as: UTF8.self)
    }

    private static func append(_ value: JSONValue, indent: Int, level: Int, to output: inout [UInt8]) {
        if JSONTextWriter.appendScalar(value, to: &output) { return }
        switch value {
        case .array(let elements):
            appendContainer(open: "[", close: "]", count: elements.count, indent: indent, level: level, to: &output) {
                append(elements[$0], indent: indent, level: level + 1, to: &$1)
            }
        case .object(let members):
            let sorted = JSONTextWriter.sortedMembers(members)
            appendContainer(open: "{", close: "}", count: sorted.count, indent: indent, level: level, to: &output) {
                JSONTextWriter.appendString(sorted[$0].key, to: &$1)
                $1.append(contentsOf: [UInt8(ascii: ":"), UInt8(ascii: " ")])
                append(sorted[$0].value, indent: indent, level: level + 1, to: &$1)
            }
        default:
            preconditionFailure("scalars are written by JSONTextWriter.appendScalar")
        }
    }

    private static func appendContainer(
        open: Unicode.Scalar, close: Unicode.Scalar, count: Int, indent: Int, level: Int,
        to output: inout [UInt8], item: (Int, inout [UInt8]) -> Void
    ) {
        output.append(UInt8(ascii: open))
        guard count > 0 else {
            output.append(UInt8(ascii: close))
            return
        }
        for index in 0..<count {
            if index > 0 { output.append(UInt8(ascii: ",")) }
            appendNewline(indentation: indent * (level + 1), to: &output)
            item(index, &output)
        }
        appendNewline(indentation: indent * level, to: &output)
        output.append(UInt8(ascii: close))
    }

    private static func appendNewline(indentation: Int, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "\n"))
        output.append(contentsOf: repeatElement(UInt8(ascii: " "), count: indentation))
    }
}
