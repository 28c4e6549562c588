import TextFormats

extension ComplianceReport {
    /// A self-contained HTML page: inline CSS (with print rules), an inline SVG bar chart of % in time
    /// per rule, captioned tables with scoped headers, and the provenance. No external assets.
    public func renderHTML() -> String {
        var html = [
            "<!DOCTYPE html>", "<html lang=\"en\">", "<head>", "<meta charset=\"utf-8\">",
            "<title>Timescale compliance report</title>", "<style>\(Self.styleSheet)</style>", "</head>", "<body>",
            "<h1>Timescale compliance report</h1>",
            "<p class=\"period\">Clocks started \(escape(provenance.parameters["from"])) to "
                + "\(escape(provenance.parameters["to"])), judged as of \(escape(provenance.parameters["asOf"])).</p>",
            chart(),
        ]
        html += tables.map(Self.htmlTable)
        html.append(provenanceList())
        html += ["</body>", "</html>"]
        return html.joined(separator: "\n") + "\n"
    }

    private func escape(_ text: String?) -> String { HTMLEscaping.escape(text ?? "") }

    /// One horizontal bar per rule: the width is % in time; rules with nothing decided show "n/a".
    private func chart() -> String {
        let rowHeight = 28
        let height = max(rules.count, 1) * rowHeight + 10
        var parts = [
            "<figure><figcaption>% in time by rule</figcaption>",
            "<svg role=\"img\" aria-label=\"Percentage in time by rule\" viewBox=\"0 0 760 \(height)\" "
                + "width=\"760\" height=\"\(height)\" xmlns=\"http://www.w3.org/2000/svg\">",
        ]
        for (index, rule) in rules.enumerated() {
            let y = index * rowHeight + 5
            let width = (rule.counts.inTimePerMille ?? 0) * 400 / 1000
            parts += [
                "<text x=\"0\" y=\"\(y + 17)\" class=\"label\">\(escape(rule.clockID)) (\(escape(rule.rulebook.name)))</text>",
                "<rect x=\"300\" y=\"\(y + 4)\" width=\"400\" height=\"18\" class=\"track\"/>",
                "<rect x=\"300\" y=\"\(y + 4)\" width=\"\(width)\" height=\"18\" class=\"bar\"/>",
                "<text x=\"\(705)\" y=\"\(y + 17)\" class=\"value\">\(rule.counts.inTimeText)%</text>",
            ]
        }
        parts += ["</svg></figure>"]
        return parts.joined(separator: "\n")
    }

    private static func htmlTable(_ table: ReportTable) -> String {
        let header = table.header.map { "<th scope=\"col\">\(HTMLEscaping.escape($0))</th>" }.joined()
        let rows = table.rows.map { row in
            "<tr>" + row.map { "<td>\(HTMLEscaping.escape($0))</td>" }.joined() + "</tr>"
        }
        let body = rows.isEmpty ? ["<tr><td colspan=\"\(table.header.count)\">None</td></tr>"] : rows
        return (["<table>", "<caption>\(HTMLEscaping.escape(table.title))</caption>", "<thead><tr>\(header)</tr></thead>",
            "<tbody>"] + body + ["</tbody>", "</table>"]).joined(separator: "\n")
    }

    private func provenanceList() -> String {
        let items = provenancePairs.map { "<dt>\(escape($0.0))</dt><dd>\(escape($0.1))</dd>" }
        return (["<section class=\"provenance\"><h2>Provenance</h2><dl>"] + items + ["</dl></section>"])
            .joined(separator: "\n")
    }

    private static let styleSheet = """
        body{font-family:system-ui,sans-serif;margin:2rem;color:#1b1b1b;max-width:75rem}\
        h1{font-size:1.6rem}table{border-collapse:collapse;margin:1.5rem 0;font-size:.85rem}\
        caption{text-align:left;font-weight:600;font-size:1.1rem;padding:.3rem 0}\
        th,td{border:1px solid #b1b4b6;padding:.25rem .5rem;text-align:left}thead th{background:#f3f2f1}\
        tbody tr:nth-child(even){background:#fafafa}.label,.value{font-size:13px;fill:#1b1b1b}\
        .track{fill:#e8e8e8}.bar{fill:#1d70b8}dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem;\
        font-size:.8rem}dt{font-weight:600}dd{margin:0;word-break:break-all}\
        @media print{body{margin:0;max-width:none}table{page-break-inside:auto}tr{page-break-inside:avoid}\
        thead{display:table-header-group}.bar{fill:#000}.track{fill:#ddd}}
        """
}
