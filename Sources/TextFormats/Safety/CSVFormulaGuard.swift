/// Keeps spreadsheets from running CSV cells as formulas ("CSV injection").
///
/// A spreadsheet that opens a CSV file treats a cell starting with `=`, `+`, `-` or `@` (and, in some
/// programs, a tab or carriage return) as a formula; an id such as `=cmd|' /C calc'!A0` would run. Every CSV
/// CaseLedger writes goes through `CSVWriter`, which passes each cell through `neutralised(_:)`: such a cell
/// is written with a leading apostrophe, which spreadsheets show as text and do not display. A number
/// (`-3`, `+1.5`) is left as it is. The CSV importer reverses it with `restored(_:)`, so a rejects file
/// re-imports to the same values (docs/import-format.md).
public enum CSVFormulaGuard {
    /// The first characters a spreadsheet may read as the start of a formula.
    static let triggerBytes: Set<UInt8> = [
        UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), UInt8(ascii: "\t"),
        UInt8(ascii: "\r"),
    ]

    /// `cell` with an apostrophe in front when it starts with a trigger character and is not a plain number,
    /// or when it is itself such a guarded cell (so that `restored(_:)` is always its inverse).
    public static func neutralised(_ cell: String) -> String {
        needsGuard(cell[...]) ? "'" + cell : cell
    }

    /// `cell` without the apostrophe `neutralised(_:)` added, or `cell` itself when it has none.
    public static func restored(_ cell: String) -> String {
        isGuarded(cell[...]) ? String(cell.dropFirst()) : cell
    }

    private static func needsGuard(_ cell: Substring) -> Bool {
        guard let first = cell.utf8.first else { return false }
        return (triggerBytes.contains(first) && !isNumber(cell)) || isGuarded(cell)
    }

    /// An apostrophe followed by a cell that needs a guard: the form `neutralised(_:)` writes.
    private static func isGuarded(_ cell: Substring) -> Bool {
        cell.utf8.first == UInt8(ascii: "'") && needsGuard(cell.dropFirst())
    }

    /// A decimal number with an optional sign: `-3`, `+1.5`, `-0.25`.
    private static func isNumber(_ cell: Substring) -> Bool {
        let digits = cell.utf8.dropFirst()
        guard digits.contains(where: { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else { return false }
        var seenPoint = false
        for byte in digits {
            if byte == UInt8(ascii: ".") && !seenPoint {
                seenPoint = true
            } else if byte < UInt8(ascii: "0") || byte > UInt8(ascii: "9") {
                return false
            }
        }
        return true
    }
}
