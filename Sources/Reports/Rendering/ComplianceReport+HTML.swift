import TextFormats

extension ComplianceReport {
    /// A self-contained HTML page: inline CSS (with print rules), summary figures, an inline SVG bar chart of
    /// % in time per rule, captioned tables with scoped headers whose clock ids link to the clock drill-down,
    /// and the provenance. No scripts and no external assets.
    public func renderHTML() -> String {
        var html = [
            "<!DOCTYPE html>", "<html lang=\"en\">", "<head>", "<meta charset=\"utf-8\">",
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
            "<title>Timescale compliance report</title>", "<style>\(Self.styleSheet)</style>", "</head>", "<body>",
            "<header><h1>Timescale compliance report</h1>",
            "<p class=\"period\">Clocks started <strong>\(parameter("from"))</strong> to <strong>\(parameter("to"))"
                + "</strong>, judged as of <strong>\(parameter("asOf"))</strong>. Team: \(parameter("team")); "
                + "rulebook: \(parameter("rulebook")); authority: \(parameter("authority")).</p>",
            "<p class=\"stamp\">Ledger position \(escape(provenanceValue("ledgerPosition"))), generated "
                + "\(escape(provenance.generatedAt)).</p></header>",
            summary(), ruleHeadlines(), contents(), chart(),
        ]
        html += tables.map(Self.htmlSection)
        html.append(provenanceList())
        html += ["</body>", "</html>"]
        return html.joined(separator: "\n") + "\n"
    }

    private func escape(_ text: String?) -> String { HTMLEscaping.escape(text ?? "") }
    private func parameter(_ key: String) -> String { escape(provenance.parameters[key]) }
    private func provenanceValue(_ key: String) -> String { provenancePairs.first { $0.0 == key }?.1 ?? "" }

    /// Headline counts: clocks counted, breaches, late records. No percentage pools rules: a 1-day rule and
    /// a 6-month rule measure different things, so "% in time" is given per rule only (`ruleHeadlines`).
    private func summary() -> String {
        let cards = [
            ("Clocks in period", String(clocks.count)), ("Breached or overdue", String(breaches.count)),
            ("Late records", String(lateRecords.count)),
        ]
        let items = cards.map {
            "<div class=\"card\"><span class=\"figure\">\(escape($0.1))</span>"
                + "<span class=\"caption\">\(escape($0.0))</span></div>"
        }
        return "<section class=\"summary\" aria-label=\"Summary\">" + items.joined() + "</section>"
    }

    /// One line per rule: its title, % in time with the counts behind it, and its source citation.
    private func ruleHeadlines() -> String {
        let items = rules.map { rule in
            let figure =
                rule.counts.inTimePerMille == nil
                ? "none decided" : "\(rule.counts.inTimeText)% in time (\(rule.counts.met) of \(rule.counts.decided))"
            let title = rule.title.isEmpty ? "" : " " + escape(rule.title)
            let citation = rule.citation.isEmpty ? "" : " <cite>\(escape(rule.citation))</cite>"
            return "<li><strong>\(escape(rule.clockID))</strong> (\(escape(rule.rulebook.name)))\(title): "
                + "\(escape(figure)).\(citation)</li>"
        }
        return "<section class=\"rules\" aria-label=\"In time by rule\"><h2>In time by rule</h2><ul>"
            + (items.isEmpty ? "<li>No clocks in the period.</li>" : items.joined()) + "</ul></section>"
    }

    /// Links to each section.
    private func contents() -> String {
        let links = (tables.map(\.title) + ["Provenance"]).map { "<a href=\"#\(Self.slug($0))\">\(escape($0))</a>" }
        return "<nav aria-label=\"Contents\">" + links.joined(separator: " · ") + "</nav>"
    }

    /// One horizontal bar per rule: the width is % in time; rules with nothing decided show "n/a".
    private func chart() -> String {
        let rowHeight = 26
        let height = max(rules.count, 1) * rowHeight + 24
        var parts = [
            "<figure class=\"chart\">",
            "<figcaption>% in time by rule (met ÷ met, breached and open overdue)</figcaption>",
            "<svg role=\"img\" aria-label=\"Percentage in time by rule\" viewBox=\"0 0 860 \(height)\" "
                + "width=\"100%\" preserveAspectRatio=\"xMinYMin meet\" xmlns=\"http://www.w3.org/2000/svg\">",
        ]
        for tick in [0, 50, 100] {
            let x = 320 + tick * 4
            parts.append(
                "<line x1=\"\(x)\" y1=\"0\" x2=\"\(x)\" y2=\"\(height - 18)\" class=\"grid\"/>"
                    + "<text x=\"\(x)\" y=\"\(height - 4)\" class=\"tick\">\(tick)%</text>")
        }
        for (index, rule) in rules.enumerated() {
            parts.append(chartRow(rule, y: index * rowHeight + 2))
        }
        parts += ["</svg></figure>"]
        return parts.joined(separator: "\n")
    }

    private func chartRow(_ rule: RuleFigures, y: Int) -> String {
        let counts = rule.counts
        let width = (counts.inTimePerMille ?? 0) * 400 / 1000
        let value =
            counts.inTimePerMille == nil
            ? "n/a (none decided)" : "\(counts.inTimeText)%  (\(counts.met) of \(counts.decided))"
        return
            "<text x=\"310\" y=\"\(y + 16)\" class=\"label\">"
            + "\(escape(rule.clockID)) · \(escape(rule.rulebook.name))</text>"
            + "<rect x=\"320\" y=\"\(y + 4)\" width=\"400\" height=\"16\" class=\"track\"/>"
            + "<rect x=\"320\" y=\"\(y + 4)\" width=\"\(width)\" height=\"16\" class=\"bar\"/>"
            + "<text x=\"728\" y=\"\(y + 16)\" class=\"value\">\(escape(value))</text>"
    }

    private static func htmlSection(_ table: ReportTable) -> String {
        let numeric = numericColumns(table)
        let header = table.header.indices.map { column in
            let numericClass = numeric.contains(column) ? " class=\"num\"" : ""
            return "<th scope=\"col\"\(numericClass)>\(HTMLEscaping.escape(table.header[column]))</th>"
        }.joined()
        var anchored: Set<String> = []
        let rows = table.rows.map { row in
            var id = ""
            if let column = table.clockAnchorColumn, anchored.insert(row[column]).inserted {
                id = " id=\"\(slug("clock " + row[column]))\""
            }
            let cells = row.indices.map { cell(row[$0], column: $0, table: table, isNumeric: numeric.contains($0)) }
            return "<tr\(id)>" + cells.joined() + "</tr>"
        }
        let body = rows.isEmpty ? ["<tr><td colspan=\"\(table.header.count)\" class=\"none\">None</td></tr>"] : rows
        let note = table.note.map { "<p class=\"note\">\(HTMLEscaping.escape($0))</p>" } ?? ""
        return
            ([
                "<section id=\"\(slug(table.title))\"><h2>\(HTMLEscaping.escape(table.title))</h2>\(note)",
                "<div class=\"scroll\"><table>", "<caption>\(HTMLEscaping.escape(table.title))</caption>",
                "<thead><tr>\(header)</tr></thead>", "<tbody>",
            ] + body + ["</tbody>", "</table></div></section>"]).joined(separator: "\n")
    }

    /// One cell: numbers right-aligned, statuses marked, clock ids linked to their drill-down.
    private static func cell(_ text: String, column: Int, table: ReportTable, isNumeric: Bool) -> String {
        let escaped = HTMLEscaping.escape(text)
        if column == table.clockLinkColumn {
            return "<td><a href=\"#\(slug("clock " + text))\">\(escaped)</a></td>"
        }
        if table.header[column] == "status" { return "<td><span class=\"status \(escaped)\">\(escaped)</span></td>" }
        return isNumeric ? "<td class=\"num\">\(escaped)</td>" : "<td>\(escaped)</td>"
    }

    /// Columns whose every non-empty cell is a number (or `n/a`).
    private static func numericColumns(_ table: ReportTable) -> Set<Int> {
        Set(
            table.header.indices.filter { column in
                let cells = table.rows.map { $0[column] }.filter { !$0.isEmpty }
                return !cells.isEmpty
                    && cells.allSatisfy { $0 == "n/a" || $0.allSatisfy { $0.isASCII && ($0.isNumber || $0 == ".") } }
            })
    }

    /// A fragment id: lowercase letters, digits, `.` and `-`.
    static func slug(_ text: String) -> String {
        String(text.lowercased().map { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == ".") ? $0 : "-" })
    }

    private func provenanceList() -> String {
        let items = provenancePairs.map { "<dt>\(escape($0.0))</dt><dd>\(escape($0.1))</dd>" }
        return
            (["<section id=\"provenance\" class=\"provenance\"><h2>Provenance</h2><dl>"] + items + ["</dl></section>"])
            .joined(separator: "\n")
    }
}
