import TextFormats

extension AnnualReport.Value {
    /// `1,234`, `12.3`, or the reason there is no value (`n/a`, `no reference`).
    public var text: String {
        switch self {
        case .count(let count): DecimalText.grouped(count)
        case .tenths(let tenths): AnnualReport.decimalText(tenths: tenths)
        case .unavailable(let reason): reason
        }
    }

    /// The value for machines: a plain integer, a one-decimal number, or empty.
    public var plainText: String {
        switch self {
        case .count(let count): String(count)
        case .tenths(let tenths): AnnualReport.decimalText(tenths: tenths)
        case .unavailable: ""
        }
    }
}

extension AnnualReport.Cell {
    /// The value's text, with `*` when the year is incomplete for the figure.
    public var text: String { value.text + (incompleteReason == nil ? "" : "*") }
}

extension AnnualReport {
    /// `123` → `12.3`, `-5` → `-0.5`.
    static func decimalText(tenths: Int) -> String {
        let sign = tenths < 0 ? "-" : ""
        return "\(sign)\(abs(tenths) / 10).\(abs(tenths) % 10)"
    }

    /// The title line: `LSCB annual report figures 2014/15 (5 years)`.
    var title: String {
        "LSCB annual report figures \(year.label)" + (years.count > 1 ? " (\(years.count)-year trend)" : "")
    }

    /// A plain-text report: the trend table (figures × years), comparators, notes and provenance.
    public func renderText() -> String {
        var lines = [title, "Financial years 1 April – 31 March; snapshots at the end of 31 March.", ""]
        lines += trendTable(rows)
        if !comparators.isEmpty {
            lines += ["", "Comparators \(year.label) (reference file)"]
            lines += comparators.map { comparator in
                let title = AnnualFigure.named(comparator.figureID)?.title ?? comparator.figureID
                return "  \(title): \(comparator.group) \(comparator.value)"
            }
        }
        if !notes.isEmpty { lines += ["", "Notes"] + notes.map { "  - " + $0 } }
        lines += ["", "Provenance"] + provenance.pairs.map { "  \($0.0): \($0.1)" }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The figures × years table of the figures `ids` (all when nil), each line prefixed by `indent`, then the
    /// notes.
    public func renderTrendTable(ids: [String]? = nil, indent: String) -> String {
        let selected = ids.map { ids in rows.filter { ids.contains($0.figure.id) } } ?? rows
        let lines = trendTable(selected) + notes.map { "Note: " + $0 }
        return lines.map { indent + $0 }.joined(separator: "\n") + "\n"
    }

    /// The figures × years table, titles left-aligned and values right-aligned.
    func trendTable(_ rows: [Row]) -> [String] {
        let header = ["figure"] + years.map(\.label)
        let body = rows.map { row in [row.figure.title] + row.cells.map(\.text) }
        return TextColumns.aligned([header] + body, rightAligned: Set(1..<header.count))
    }
}
