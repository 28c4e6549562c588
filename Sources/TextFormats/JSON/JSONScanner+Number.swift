extension JSONScanner {
    /// Parses an RFC 8259 number: `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`.
    mutating func parseNumber() throws(JSONSyntaxError) -> JSONValue {
        let start = offset
        if current == UInt8(ascii: "-") { offset += 1 }
        guard let first = current, JSONScanner.isDigit(first) else { throw error("expected a digit") }
        offset += 1
        if first == UInt8(ascii: "0"), let next = current, JSONScanner.isDigit(next) {
            throw error("leading zeros are not allowed")
        }
        skipDigits()
        var isInteger = true
        if current == UInt8(ascii: ".") {
            offset += 1
            try requireDigits(after: "decimal point")
            isInteger = false
        }
        if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
            offset += 1
            if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { offset += 1 }
            try requireDigits(after: "exponent")
            isInteger = false
        }
        let text = String(decoding: bytes[start..<offset], as: UTF8.self)
        if isInteger, let integer = Int64(text) { return .integer(integer) }
        return .number(text)
    }

    private mutating func requireDigits(after part: String) throws(JSONSyntaxError) {
        guard let byte = current, JSONScanner.isDigit(byte) else { throw error("expected a digit after the \(part)") }
        skipDigits()
    }

    private mutating func skipDigits() {
        while let byte = current, JSONScanner.isDigit(byte) { offset += 1 }
    }

    static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
}
