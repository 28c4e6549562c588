/// Character checks and escaping for `XMLWriter`.
enum XMLEscaping {
    /// Appends `text` escaped for element content (`inAttribute == false`) or a double-quoted attribute
    /// value. `& < > " '` become entity references everywhere; CR becomes `&#13;` so that it survives
    /// line-end normalisation; in attributes tab and LF also become `&#9;` and `&#10;` so that they survive
    /// attribute-value normalisation.
    ///
    /// - Throws: the code point of the first scalar XML 1.0 does not allow.
    static func append(_ text: String, inAttribute: Bool, to output: inout [UInt8]) throws(XMLEscapingFailure) {
        for scalar in text.unicodeScalars {
            guard isAllowed(scalar) else { throw XMLEscapingFailure(codePoint: scalar.value) }
            if let reference = reference(for: scalar, inAttribute: inAttribute) {
                output.append(contentsOf: reference.utf8)
            } else {
                UTF8.encode(scalar) { output.append($0) }
            }
        }
    }

    /// XML 1.0 `Char`: tab, LF, CR, U+0020–U+D7FF, U+E000–U+FFFD, U+10000–U+10FFFF.
    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }

    /// True for names made of ASCII letters, digits, `_`, `-`, `.` and `:`, starting with a letter, `_` or `:`
    /// (a subset of the XML `Name` production, enough for the CIN census and reports).
    static func isValidName(_ name: String) -> Bool {
        guard let first = name.utf8.first, isNameStart(first) else { return false }
        return name.utf8.allSatisfy {
            isNameStart($0) || ($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9")) || $0 == UInt8(ascii: "-")
                || $0 == UInt8(ascii: ".")
        }
    }

    private static func isNameStart(_ byte: UInt8) -> Bool {
        let lower = byte | 0x20
        return (lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z")) || byte == UInt8(ascii: "_")
            || byte == UInt8(ascii: ":")
    }

    private static func reference(for scalar: Unicode.Scalar, inAttribute: Bool) -> String? {
        switch scalar {
        case "&": "&amp;"
        case "<": "&lt;"
        case ">": "&gt;"
        case "\"": "&quot;"
        case "'": "&apos;"
        case "\r": "&#13;"
        case "\t" where inAttribute: "&#9;"
        case "\n" where inAttribute: "&#10;"
        default: nil
        }
    }
}

/// A scalar that XML 1.0 does not allow; `XMLWriter` turns it into an `XMLError` with the element path.
struct XMLEscapingFailure: Error {
    let codePoint: UInt32
}
