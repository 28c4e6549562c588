/// Aligns rows of cells into columns for plain-text reports: each column as wide as its widest cell,
/// two spaces between columns, no trailing spaces. Widths count `Character`s.
enum TextColumns {
    /// One line per row of `rows` (the first is usually the header). Columns in `rightAligned` are padded on
    /// the left (figures); the rest on the right.
    static func aligned(_ rows: [[String]], rightAligned: Set<Int> = []) -> [String] {
        let columnCount = rows.map(\.count).max() ?? 0
        let widths = (0..<columnCount).map { column in
            rows.map { column < $0.count ? $0[column].count : 0 }.max() ?? 0
        }
        return rows.map { cells in
            let padded = cells.enumerated().map { column, cell in
                let padding = String(repeating: " ", count: widths[column] - cell.count)
                return rightAligned.contains(column) ? padding + cell : cell + padding
            }
            var line = padded.joined(separator: "  ")
            while line.last == " " { line.removeLast() }
            return line
        }
    }
}
