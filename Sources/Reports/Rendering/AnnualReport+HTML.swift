import TextFormats

extension AnnualReport {
    /// A self-contained printable HTML page: headline cards, inline SVG trend lines and category bars, the
    /// figures × years table, definitions, comparators, notes and provenance. No scripts, no external assets.
    public func renderHTML() -> String {
        let escapedTitle = HTMLEscaping.escape(title)
        let stamp =
            "Ledger position \(HTMLEscaping.escape(provenance.ledgerPosition.map(String.init) ?? "none")), "
            + "generated \(HTMLEscaping.escape(provenance.generatedAt))."
        var html = [
            "<!DOCTYPE html>", "<html lang=\"en\">", "<head>", "<meta charset=\"utf-8\">",
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
            "<title>\(escapedTitle)</title>", "<style>\(ComplianceReport.styleSheet)\(Self.annualStyle)</style>",
            "</head>", "<body>", "<header><h1>\(escapedTitle)</h1>",
            "<p class=\"period\">Financial years 1 April – 31 March; snapshots at the end of 31 March.</p>",
            "<p class=\"stamp\">\(stamp)</p></header>", summaryCards(), "<div class=\"charts\">",
            lineChart(
                title: "Children on a CP plan and children in need at 31 March",
                ids: ["cpp-at-31-march", "cin-at-31-march"], percent: false),
            lineChart(
                title: "Timeliness and re-referrals (%)",
                ids: ["re-referrals-percent", "assessments-within-45wd-percent", "icpcs-within-15wd-percent"],
                percent: true),
            barChart(
                title: "Children on a CP plan at 31 March \(year.label), by initial category",
                bars: AnnualFigure.categories.map { ("cpp-at-31-march-\($0.lowercased())", $0) }),
            barChart(
                title: "Parental factors at CP conferences \(year.label) (% of conferences)",
                bars: AnnualFigure.parentalFactors.map { ("conferences-\($0.id)-percent", $0.title) }),
            "</div>", figuresTable(), definitionsTable(),
        ]
        html.append(listSection(id: "notes", title: "Notes", items: notes + comparatorLines()))
        html.append(provenanceSection())
        html += ["</body>", "</html>"]
        return html.joined(separator: "\n") + "\n"
    }

    private static let annualStyle = """
        .charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(26rem,1fr));gap:1rem}\
        .series0{stroke:#1d70b8;fill:#1d70b8}.series1{stroke:#d4351c;fill:#d4351c}.series2{stroke:#00703c;fill:#00703c}\
        .trend{fill:none;stroke-width:2.5}circle.hollow{fill:#fff;stroke-width:2}.legend{font-size:12px}\
        td.incomplete{color:var(--muted)}th.rowhead{font-weight:400;white-space:nowrap}td.wrap{white-space:normal}\
        @media print{.charts{grid-template-columns:1fr 1fr}}
        """

    private func summaryCards() -> String {
        let ids = ["referrals", "re-referrals-percent", "cpp-at-31-march", "cpp-at-31-march-rate", "cin-at-31-march"]
        let cards = ids.compactMap { id -> String? in
            guard let row = row(id), let cell = row.cells.last else { return nil }
            return "<div class=\"card\"><span class=\"figure\">\(HTMLEscaping.escape(cell.text))</span>"
                + "<span class=\"caption\">\(HTMLEscaping.escape(row.figure.title)) \(year.label)</span></div>"
        }
        return "<section class=\"summary\" aria-label=\"Headline figures\">" + cards.joined() + "</section>"
    }

    private func figuresTable() -> String {
        let header =
            "<th scope=\"col\">figure</th>" + years.map { "<th scope=\"col\" class=\"num\">\($0.label)</th>" }.joined()
        let body = rows.map { row in
            let cells = row.cells.map { cell in
                let incomplete = cell.incompleteReason.map { " incomplete\" title=\"\(HTMLEscaping.escape($0))" } ?? ""
                return "<td class=\"num\(incomplete)\">\(HTMLEscaping.escape(cell.text))</td>"
            }
            return "<tr><th scope=\"row\" class=\"rowhead\">\(HTMLEscaping.escape(row.figure.title))</th>"
                + cells.joined() + "</tr>"
        }
        return tableSection(
            id: "figures", title: "Figures", note: "Values marked * are incomplete years (see Notes).", header: header,
            body: body)
    }

    private func definitionsTable() -> String {
        let header = ["id", "definition", "source"].map { "<th scope=\"col\">\($0)</th>" }.joined()
        let body = rows.map { row in
            "<tr>"
                + [row.figure.id, row.figure.definition, row.figure.source].map {
                    "<td class=\"wrap\">\(HTMLEscaping.escape($0))</td>"
                }.joined() + "</tr>"
        }
        return tableSection(
            id: "definitions", title: "Definitions",
            note: "Also in docs/annual-figures.md (\(AnnualFigure.definitionsVersion)).",
            header: header, body: body)
    }

    private func tableSection(id: String, title: String, note: String, header: String, body: [String]) -> String {
        ([
            "<section id=\"\(id)\"><h2>\(title)</h2><p class=\"note\">\(HTMLEscaping.escape(note))</p>",
            "<div class=\"scroll\"><table><caption>\(title)</caption>", "<thead><tr>\(header)</tr></thead><tbody>",
        ] + body + ["</tbody></table></div></section>"]).joined(separator: "\n")
    }

    private func comparatorLines() -> [String] {
        comparators.map { comparator in
            let title = AnnualFigure.named(comparator.figureID)?.title ?? comparator.figureID
            return
                "Comparator (reference file): \(title), \(comparator.group), \(comparator.year.label): \(comparator.value)"
        }
    }

    private func listSection(id: String, title: String, items: [String]) -> String {
        let list =
            items.isEmpty
            ? "<p class=\"note\">None.</p>"
            : "<ul>" + items.map { "<li>\(HTMLEscaping.escape($0))</li>" }.joined() + "</ul>"
        return "<section id=\"\(id)\"><h2>\(title)</h2>\(list)</section>"
    }

    private func provenanceSection() -> String {
        let items = provenance.pairs.map {
            "<dt>\(HTMLEscaping.escape($0.0))</dt><dd>\(HTMLEscaping.escape($0.1))</dd>"
        }
        return (["<section id=\"provenance\"><h2>Provenance</h2><dl>"] + items + ["</dl></section>"])
            .joined(separator: "\n")
    }
}
