/// Byte-level pieces shared by `CanonicalJSON` and `PrettyJSON`: string escaping, scalars and key order.
enum JSONTextWriter {
    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    /// Appends `text` as a JSON string: `"` and `\` escaped, U+0008/09/0A/0C/0D as `\b \t \n \f \r`,
    /// other U+0000–U+001F as `\u00xx` (lower-case hex), everything else as raw UTF-8.
    static func appendString(_ text: String, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
            case UInt8(ascii: "\\"): output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
            case 0x08: output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "b")])
            case 0x09: output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
            case 0x0A: output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
            case 0x0C: output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "f")])
            case 0x0D: output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
            case 0x00..<0x20:
                output.append(contentsOf: #"\u00"#.utf8)
                output.append(hexDigits[Int(byte >> 4)])
                output.append(hexDigits[Int(byte & 0x0F)])
            default: output.append(byte)
            }
        }
        output.append(UInt8(ascii: "\""))
    }

    /// Appends `null`, `true`, `false`, an integer or a number's text; nil for arrays and objects.
    static func appendScalar(_ value: JSONValue, to output: inout [UInt8]) -> Bool {
        switch value {
        case .null: output.append(contentsOf: "null".utf8)
        case .bool(let flag): output.append(contentsOf: (flag ? "true" : "false").utf8)
        case .integer(let number): output.append(contentsOf: String(number).utf8)
        case .number(let text):
            precondition(JSONNumberText.isValid(text), "JSONValue.number holds text that is not an RFC 8259 number")
            output.append(contentsOf: text.utf8)
        case .string(let text): appendString(text, to: &output)
        case .array, .object: return false
        }
        return true
    }

    /// Object members in canonical order: keys ascending by their UTF-8 bytes (equivalently, by code point).
    static func sortedMembers(_ members: [String: JSONValue]) -> [(key: String, value: JSONValue)] {
        members.sorted { utf8Precedes($0.key, $1.key) }
    }

    /// True when `a`'s UTF-8 bytes sort before `b`'s. Compares contiguous storage directly (every key the
    /// parser or a `Codable` type produces is a native string); the generic comparison is the fallback.
    static func utf8Precedes(_ a: String, _ b: String) -> Bool {
        let compared = a.utf8.withContiguousStorageIfAvailable { x in
            b.utf8.withContiguousStorageIfAvailable { y -> Bool in
                for index in 0..<min(x.count, y.count) where x[index] != y[index] { return x[index] < y[index] }
                return x.count < y.count
            }
        }
        return (compared ?? nil) ?? a.utf8.lexicographicallyPrecedes(b.utf8)
    }
}

/// Validation of number text held in `JSONValue.number`.
enum JSONNumberText {
    /// True when `text` matches the RFC 8259 number grammar exactly.
    static func isValid(_ text: String) -> Bool {
        var scanner = JSONScanner(bytes: Array(text.utf8))
        guard scanner.current != nil, (try? scanner.parseNumber()) != nil else { return false }
        return scanner.offset == scanner.bytes.count
    }
}
