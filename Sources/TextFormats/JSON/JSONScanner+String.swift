extension JSONScanner {
    /// Parses a string starting at its opening quote; the cursor ends after the closing quote.
    mutating func parseString() throws(JSONSyntaxError) -> String {
        offset += 1  // the opening quote
        let start = offset
        offset = Self.plainASCIIEnd(in: bytes, from: start)
        if current == UInt8(ascii: "\"") {
            offset += 1
            return String(decoding: bytes[start..<offset - 1], as: UTF8.self)
        }
        scratch.removeAll(keepingCapacity: true)
        scratch.append(contentsOf: bytes[start..<offset])
        while let byte = current {
            switch byte {
            case UInt8(ascii: "\""):
                offset += 1
                return String(decoding: scratch, as: UTF8.self)  // validated as it was copied
            case UInt8(ascii: "\\"):
                try appendEscape()
            case 0x00..<0x20:
                throw error("unescaped control character in string")
            case 0x20..<0x80:
                scratch.append(byte)
                offset += 1
            default:
                guard let length = UTF8Validation.sequenceLength(in: bytes, at: offset) else {
                    throw error("invalid UTF-8 in string")
                }
                scratch.append(contentsOf: bytes[offset..<offset + length])
                offset += length
            }
        }
        throw error("unterminated string")
    }

    /// The end of the run of printable ASCII other than `"` and `\` that starts at `start`: the common
    /// string, which needs no unescaping and no UTF-8 validation and so becomes a `String` in one copy.
    private static func plainASCIIEnd(in bytes: [UInt8], from start: Int) -> Int {
        bytes.withUnsafeBufferPointer { buffer in
            var end = start
            while end < buffer.count {
                let byte = buffer[end]
                guard byte >= 0x20, byte < 0x80, byte != UInt8(ascii: "\""), byte != UInt8(ascii: "\\") else { break }
                end += 1
            }
            return end
        }
    }

    private mutating func appendEscape() throws(JSONSyntaxError) {
        let escapeOffset = offset
        offset += 1  // the backslash
        guard let letter = current else { throw error("unterminated string") }
        offset += 1
        let simple: UInt8? =
            switch letter {
            case UInt8(ascii: "\""): UInt8(ascii: "\"")
            case UInt8(ascii: "\\"): UInt8(ascii: "\\")
            case UInt8(ascii: "/"): UInt8(ascii: "/")
            case UInt8(ascii: "b"): 0x08
            case UInt8(ascii: "f"): 0x0C
            case UInt8(ascii: "n"): 0x0A
            case UInt8(ascii: "r"): 0x0D
            case UInt8(ascii: "t"): 0x09
            default: nil
            }
        if let simple {
            scratch.append(simple)
            return
        }
        guard letter == UInt8(ascii: "u") else { throw error("invalid escape sequence", at: escapeOffset) }
        let scalar = try parseUnicodeEscape(startingAt: escapeOffset)
        UTF8.encode(scalar) { scratch.append($0) }
    }

    /// Reads the hex digits of `\uXXXX` (the `\u` already consumed), and a following low surrogate escape
    /// when the first is a high surrogate.
    private mutating func parseUnicodeEscape(startingAt escapeOffset: Int) throws(JSONSyntaxError) -> Unicode.Scalar {
        let first = try parseHexQuad()
        switch first {
        case 0xD800...0xDBFF:
            guard bytes.count - offset >= 2, bytes[offset] == UInt8(ascii: "\\"), bytes[offset + 1] == UInt8(ascii: "u")
            else { throw error("high surrogate escape not followed by a low surrogate", at: escapeOffset) }
            offset += 2
            let second = try parseHexQuad()
            guard (0xDC00...0xDFFF).contains(second) else {
                throw error("high surrogate escape not followed by a low surrogate", at: escapeOffset)
            }
            let combined = 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
            return Unicode.Scalar(combined)!  // always in U+10000...U+10FFFF
        case 0xDC00...0xDFFF:
            throw error("lone low surrogate escape", at: escapeOffset)
        default:
            return Unicode.Scalar(first)!  // not a surrogate, so a valid scalar
        }
    }

    private mutating func parseHexQuad() throws(JSONSyntaxError) -> UInt32 {
        guard bytes.count - offset >= 4 else { throw error("incomplete \\u escape") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard let digit = JSONScanner.hexDigitValue(bytes[offset]) else {
                throw error("invalid hex digit in \\u escape")
            }
            value = value << 4 | digit
            offset += 1
        }
        return value
    }

    private static func hexDigitValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
        default: nil
        }
    }
}
