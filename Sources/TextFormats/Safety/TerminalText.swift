/// Makes text from a ledger or an input file safe to print on a terminal.
///
/// Stream names, ids and types are chosen by whoever wrote the records; printed raw, an escape sequence
/// among them could move the cursor, rewrite earlier lines or set the window title. Every human text output
/// (`read`, `compliance`, `projections status`, warnings naming records) passes its cells through
/// `escaped(_:)`. JSON output needs no such care: its encoder escapes control characters already.
public enum TerminalText {
    /// `text` with each control character replaced by a visible escape: C0 controls (U+0000–U+001F,
    /// including tab and newline), DEL (U+007F) and C1 controls (U+0080–U+009F) as `\x1B`, and the
    /// bidirectional overrides and isolates (U+202A–U+202E, U+2066–U+2069) as `\u{202E}`. Other text,
    /// including a backslash, is unchanged.
    public static func escaped(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isUnsafe) else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count + 8)
        for scalar in text.unicodeScalars {
            guard isUnsafe(scalar) else {
                result.unicodeScalars.append(scalar)
                continue
            }
            let hex = String(scalar.value, radix: 16, uppercase: true)
            result += scalar.value < 0x100 ? "\\x" + (hex.count < 2 ? "0" + hex : hex) : "\\u{\(hex)}"
        }
        return result
    }

    /// Whether `scalar` is one that `escaped(_:)` replaces.
    static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }
}
