import TextFormats

extension ChildChronology {
    /// One self-contained, printable HTML page: the header (who, the two times), the SVG timeline, the table
    /// of events (retracted rows struck through, breaches in red), the clocks, the provenance and how to verify.
    public func renderHTML(_ pseudonyms: Pseudonyms = .none) -> String {
        let escape = HTMLEscaping.escape
        let header = headerPairs(pseudonyms)
        let title = "Chronology of \(pseudonyms.label(childId))"
        let summary = header.prefix(4).map {
            "<p class=\"period\"><strong>\(escape($0.name)):</strong> \(escape($0.value))</p>"
        }
        let provenance = header.dropFirst(4).map { "<dt>\(escape($0.name))</dt><dd>\(escape($0.value))</dd>" }
        let body = """
            <header>
            <h1>\(escape(title))</h1>
            \(summary.joined(separator: "\n"))
            </header>
            <section id="timeline">
            <h2>Timeline</h2>
            <p class="note">Dots are events by valid date; red: a clock breached by the event; hollow and struck \
            through: retracted as known at the knowledge time; outlined: corrected. Shaded: more than \
            \(Self.gapDaysMin) days without any event. Dashed: the knowledge time and the as-of date.</p>
            \(timelineSVG(pseudonyms))
            </section>
            <section id="events">
            <h2>Events (\(entries.count))</h2>
            <div class="scroll"><table>
            <thead><tr>\(Self.columnTitles.map { "<th>\(escape($0))</th>" }.joined())</tr></thead>
            <tbody>
            \(rows(pseudonyms).map(Self.htmlRow).joined(separator: "\n"))
            </tbody>
            </table></div>
            </section>
            <section id="clocks">
            <h2>Clocks (judged on \(judgedOn))</h2>
            \(HTMLPage.table(columns: Self.clockColumnTitles, rows: clockRows(pseudonyms)))
            </section>
            <section id="provenance">
            <h2>Provenance and how to verify</h2>
            <dl>
            \(provenance.joined(separator: "\n"))
            </dl>
            </section>

            """
        return HTMLPage.document(title: title, styleSheet: Self.chronologyStyleSheet, body: body)
    }

    private static func htmlRow(_ row: Row) -> String {
        let classes = [row.status, row.isBreach ? "breach" : ""].filter { !$0.isEmpty }.joined(separator: " ")
        let cells = fields(of: row).map { cell in
            row.status == "retracted" && !cell.isEmpty
                ? "<td><del>\(HTMLEscaping.escape(cell))</del></td>" : "<td>\(HTMLEscaping.escape(cell))</td>"
        }
        return "<tr\(classes.isEmpty ? "" : " class=\"\(classes)\"")>" + cells.joined() + "</tr>"
    }

    static let chronologyStyleSheet = """
        :root{--ink:#0b0c0c;--muted:#505a5f;--rule:#b1b4b6;--head:#f3f2f1;--blue:#1d70b8;--red:#d4351c;\
        --amber:#f47738}\
        *{box-sizing:border-box}\
        body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;margin:0 auto;padding:2rem;\
        color:var(--ink);max-width:90rem;line-height:1.4}\
        header{border-bottom:4px solid var(--blue);margin-bottom:1rem}h1{font-size:1.8rem;margin:0 0 .5rem}\
        .period{margin:.2rem 0}h2{font-size:1.25rem;margin:1.6rem 0 .3rem}\
        .note{margin:.1rem 0 .5rem;color:var(--muted);font-size:.85rem}\
        svg.timeline{width:100%;height:auto;font-family:inherit}\
        .lane{fill:#f3f2f1}.lane-name{font-size:12px;text-anchor:end;fill:var(--ink)}\
        .gap{fill:#fff4c2;opacity:.8}.axis{stroke:var(--ink)}.tick-line{stroke:#dcdcdc}\
        .tick{font-size:10px;text-anchor:middle;fill:var(--muted)}\
        circle.event{fill:var(--blue)}circle.corrected{fill:var(--blue);stroke:var(--amber);stroke-width:3}\
        circle.breach{fill:var(--red)}circle.retracted{fill:#fff;stroke:var(--muted);stroke-width:1.5}\
        .strike{stroke:var(--muted);stroke-width:1.5}.overdue{fill:var(--red);opacity:.7}\
        .known{stroke:var(--ink);stroke-dasharray:4 3}.known-label{font-size:11px;fill:var(--ink)}\
        .scroll{overflow-x:auto}table{border-collapse:collapse;font-size:.75rem;width:100%}\
        th,td{border-bottom:1px solid var(--rule);padding:.25rem .4rem;text-align:left;vertical-align:top}\
        thead th{background:var(--head);border-bottom:2px solid var(--ink)}td:nth-child(-n+3){white-space:nowrap}\
        tr.breach td{color:var(--red)}tr.retracted td{color:var(--muted)}tr.corrected td:nth-child(12){color:#b2460a}\
        dl{display:grid;grid-template-columns:max-content 1fr;gap:.15rem 1rem;font-size:.8rem}\
        dt{font-weight:600}dd{margin:0;overflow-wrap:anywhere;font-family:ui-monospace,Menlo,Consolas,monospace}\
        @page{size:A4 landscape;margin:12mm}\
        @media print{body{padding:0;max-width:none;font-size:9pt}.scroll{overflow:visible}\
        table{font-size:7pt}tr{page-break-inside:avoid}thead{display:table-header-group}\
        h2{page-break-after:avoid}svg.timeline{page-break-inside:avoid}}
        """
}
