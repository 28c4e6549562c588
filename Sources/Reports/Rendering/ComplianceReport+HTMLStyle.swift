extension ComplianceReport {
    /// The page's inline style sheet: GOV.UK-like colours, compact tables that scroll sideways on screen,
    /// and print rules (A4 landscape, repeated table headers, no rows split across pages, no shading needed).
    static let styleSheet = """
        :root{--ink:#0b0c0c;--muted:#505a5f;--rule:#b1b4b6;--head:#f3f2f1;--blue:#1d70b8;--red:#d4351c;\
        --amber:#f47738;--green:#00703c}\
        *{box-sizing:border-box}\
        body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;margin:0 auto;padding:2rem;\
        color:var(--ink);max-width:80rem;line-height:1.4}\
        header{border-bottom:4px solid var(--blue);margin-bottom:1rem}h1{font-size:1.8rem;margin:0 0 .5rem}\
        .period{margin:.2rem 0;font-size:1rem}.stamp{margin:.2rem 0 .8rem;color:var(--muted);font-size:.85rem}\
        h2{font-size:1.25rem;margin:2rem 0 .3rem;padding-top:.3rem}\
        .note{margin:.1rem 0 .5rem;color:var(--muted);font-size:.85rem}\
        nav{margin:.8rem 0 1rem;font-size:.9rem}nav a{color:var(--blue)}\
        .summary{display:flex;flex-wrap:wrap;gap:.8rem;margin:1rem 0}\
        .card{flex:1 1 10rem;border:1px solid var(--rule);border-left:5px solid var(--blue);padding:.5rem .8rem}\
        .figure{display:block;font-size:1.7rem;font-weight:700}.caption{color:var(--muted);font-size:.85rem}\
        figure.chart{margin:1rem 0;max-width:60rem}figcaption{font-weight:600;margin-bottom:.4rem}\
        .label{font-size:13px;fill:var(--ink);text-anchor:end}.value{font-size:12px;fill:var(--ink)}\
        .tick{font-size:11px;fill:var(--muted);text-anchor:middle}.grid{stroke:#dcdcdc;stroke-width:1}\
        .track{fill:#eeefef}.bar{fill:var(--blue)}\
        .scroll{overflow-x:auto}table{border-collapse:collapse;font-size:.8rem;width:100%;\
        font-variant-numeric:tabular-nums}\
        caption{position:absolute;left:-9999px}\
        th,td{border-bottom:1px solid var(--rule);padding:.3rem .5rem;text-align:left;vertical-align:top}\
        thead th{background:var(--head);border-bottom:2px solid var(--ink);vertical-align:bottom}\
        td{white-space:nowrap}.num{text-align:right}td.none{color:var(--muted);font-style:italic}\
        tbody tr:nth-child(even){background:#fafafa}a{color:var(--blue)}\
        .status{font-weight:600}.status.met{color:var(--green)}.status.breached{color:var(--red)}\
        .status.openOverdue{color:#b2460a}.status.openInTime{color:var(--muted)}\
        dl{display:grid;grid-template-columns:max-content 1fr;gap:.15rem 1rem;font-size:.8rem}\
        dt{font-weight:600}dd{margin:0;overflow-wrap:anywhere;font-family:ui-monospace,Menlo,Consolas,monospace}\
        @page{size:A4 landscape;margin:12mm}\
        @media print{body{padding:0;max-width:none;font-size:10pt}nav{display:none}.scroll{overflow:visible}\
        table{font-size:8pt;page-break-inside:auto}tr{page-break-inside:avoid}thead{display:table-header-group}\
        h2{page-break-after:avoid}.note{page-break-after:avoid}section{page-break-inside:auto}\
        figure.chart,.summary{page-break-inside:avoid}a{color:inherit;text-decoration:none}\
        .bar{fill:#333}.track{fill:#e5e5e5}tbody tr:nth-child(even){background:none}\
        #clocks .scroll,#late-records .scroll{display:none}\
        #clocks .note::after,#late-records .note::after{content:" The full list is left out of print: it is on \
        this page on screen and in the CSV and JSON formats."}}
        """
}
