/// Plain-text column layout for the human output of commands.
public enum TextTable {
    /// `text` followed by spaces up to `width` characters, and always at least two spaces.
    public static func padded(_ text: String, width: Int) -> String {
        text + String(repeating: " ", count: max(2, width - text.count))
    }

    /// One row: each cell padded to its column's width, the last cell as is, then a newline.
    public static func row(_ cells: [String], widths: [Int]) -> String {
        precondition(cells.count == widths.count + 1, "a row has one more cell than padded widths")
        return zip(cells, widths).map { padded($0, width: $1) }.joined() + (cells.last ?? "") + "\n"
    }
}
