import TextFormats

/// The frame and tables the self-contained report pages share (chronology, actions, review): one file with
/// its style sheet inline, no scripts and no external references, printable.
enum HTMLPage {
    /// A whole page: doctype, UTF-8, viewport, `title` (escaped), `styleSheet` inline, then `body` (HTML).
    static func document(title: String, styleSheet: String, body: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(HTMLEscaping.escape(title))</title>
        <style>\(styleSheet)</style>
        </head>
        <body>
        \(body)</body>
        </html>

        """
    }

    /// A scrollable table of escaped cells; `rowClasses[i]` (when not empty) is row i's class.
    static func table(columns: [String], rows: [[String]], rowClasses: [String] = []) -> String {
        let escape = HTMLEscaping.escape
        let body = rows.enumerated().map { index, row in
            let rowClass =
                index < rowClasses.count && !rowClasses[index].isEmpty ? " class=\"\(rowClasses[index])\"" : ""
            return "<tr\(rowClass)>" + row.map { "<td>\(escape($0))</td>" }.joined() + "</tr>"
        }
        return """
            <div class="scroll"><table>
            <thead><tr>\(columns.map { "<th>\(escape($0))</th>" }.joined())</tr></thead>
            <tbody>
            \(body.joined(separator: "\n"))
            </tbody>
            </table></div>
            """
    }
}
