import TextFormats

extension AnnualExplanation {
    private static let header = ["counted in", "child", "date", "positions", "detail"]

    private var records: [[String]] {
        contributions.map {
            [
                $0.figureID, $0.childId, $0.date.description, $0.positions.map(String.init).joined(separator: " "),
                $0.detail,
            ]
        }
    }

    /// Plain text: the figure, its definition and value, one line per contribution, then provenance.
    public func renderText() -> String {
        var lines = [
            "\(figure.id) \(year.label): \(value.text)", "  \(figure.title)", "  Definition: \(figure.definition)",
            "  Source: \(figure.source)", "",
        ]
        lines += TextColumns.aligned([Self.header] + records)
        lines.append("\(DecimalText.grouped(contributions.count)) item(s).")
        lines += ["", "Provenance"] + provenance.pairs.map { "  \($0.0): \($0.1)" }
        return lines.joined(separator: "\n") + "\n"
    }

    /// CSV (RFC 4180, CRLF): a header, one record per contribution, then `provenance,KEY,VALUE` records.
    public func renderCSV() -> String {
        CSVWriter().encode(
            [Self.header] + records + provenance.pairs.map { ["provenance", $0.0, $0.1, "", ""] })
    }

    /// Pretty JSON: figure, year, value and one object per contribution, then provenance.
    public func renderJSON() -> String {
        let items: [JSONValue] = contributions.map {
            .object([
                "countedIn": .string($0.figureID), "child": .string($0.childId), "date": .string($0.date.description),
                "positions": .array($0.positions.map { .integer(Int64(clamping: $0)) }), "detail": .string($0.detail),
            ])
        }
        let document: JSONValue = .object([
            "figure": .string(figure.id), "year": .string(year.label), "value": .string(value.text),
            "definition": .string(figure.definition), "source": .string(figure.source), "items": .array(items),
            "provenance": .array(provenance.pairs.map { .array([.string($0.0), .string($0.1)]) }),
        ])
        return PrettyJSON.encode(document) + "\n"
    }
}
