import TextFormats

// Inline SVG charts of the annual report: integer coordinates only, so the bytes are reproducible.
extension AnnualReport {
    private static let plotLeft = 56
    private static let plotRight = 560
    private static let plotTop = 16
    private static let plotBottom = 196

    /// A trend chart: one line per figure over the years (hollow points are incomplete years), the latest
    /// values in the legend.
    func lineChart(title: String, ids: [String], percent: Bool) -> String {
        let series = ids.compactMap { row($0) }
        let peak = series.flatMap { $0.cells.compactMap { Self.tenths($0.value) } }.max() ?? 0
        let top = percent ? 1_000 : Self.niceCeiling(max(peak, 10))
        var parts = [chartOpening(title: title, height: 236 + 16 * series.count)]
        for fraction in 0...4 {
            let y = Self.plotBottom - (Self.plotBottom - Self.plotTop) * fraction / 4
            let label = Self.axisLabel(top * fraction / 4, percent: percent)
            parts.append(
                "<line x1=\"\(Self.plotLeft)\" y1=\"\(y)\" x2=\"\(Self.plotRight)\" y2=\"\(y)\" class=\"grid\"/>"
                    + "<text x=\"\(Self.plotLeft - 6)\" y=\"\(y + 4)\" class=\"label\">\(label)</text>")
        }
        for (index, year) in years.enumerated() {
            parts.append("<text x=\"\(x(index))\" y=\"\(Self.plotBottom + 18)\" class=\"tick\">\(year.label)</text>")
        }
        for (index, row) in series.enumerated() {
            parts.append(line(row, seriesIndex: index, top: top))
            let legendY = 228 + 16 * index
            parts.append(
                "<rect x=\"\(Self.plotLeft)\" y=\"\(legendY)\" width=\"12\" height=\"4\" class=\"series\(index)\"/>"
                    + "<text x=\"\(Self.plotLeft + 16)\" y=\"\(legendY + 6)\" class=\"legend\">"
                    + "\(HTMLEscaping.escape(Self.shortTitle(row.figure))): \(HTMLEscaping.escape(latest(row)))</text>")
        }
        parts.append("</svg></figure>")
        return parts.joined(separator: "\n")
    }

    /// Horizontal bars of figures (id, label) in the report year (counts or percentages), widest = largest.
    func barChart(title: String, bars labelled: [(id: String, label: String)]) -> String {
        let bars = labelled.compactMap { bar in row(bar.id).map { (bar.label, $0.cells[$0.cells.count - 1]) } }
        let peak = max(bars.compactMap { Self.tenths($0.1.value) }.max() ?? 0, 1)
        let height = bars.count * 28 + 12
        var parts = [chartOpening(title: title, height: height)]
        for (index, bar) in bars.enumerated() {
            let y = index * 28 + 4
            let width = (Self.tenths(bar.1.value) ?? 0) * 300 / peak
            parts.append(
                "<text x=\"200\" y=\"\(y + 15)\" class=\"label\">\(HTMLEscaping.escape(bar.0))</text>"
                    + "<rect x=\"210\" y=\"\(y + 2)\" width=\"300\" height=\"18\" class=\"track\"/>"
                    + "<rect x=\"210\" y=\"\(y + 2)\" width=\"\(width)\" height=\"18\" class=\"bar\"/>"
                    + "<text x=\"516\" y=\"\(y + 15)\" class=\"value\">\(HTMLEscaping.escape(bar.1.text))</text>")
        }
        parts.append("</svg></figure>")
        return parts.joined(separator: "\n")
    }

    private func chartOpening(title: String, height: Int) -> String {
        let escaped = HTMLEscaping.escape(title)
        return "<figure class=\"chart\"><figcaption>\(escaped)</figcaption>"
            + "<svg role=\"img\" aria-label=\"\(escaped)\" viewBox=\"0 0 580 \(height)\" width=\"100%\" "
            + "preserveAspectRatio=\"xMinYMin meet\" xmlns=\"http://www.w3.org/2000/svg\">"
    }

    private func line(_ row: Row, seriesIndex: Int, top: Int) -> String {
        let points = row.cells.enumerated().compactMap { index, cell in
            Self.tenths(cell.value).map { (x: x(index), y: y($0, top: top), cell: cell) }
        }
        let path = points.map { "\($0.x),\($0.y)" }.joined(separator: " ")
        var parts = ["<polyline points=\"\(path)\" class=\"series\(seriesIndex) trend\"/>"]
        for point in points {
            let hollow = point.cell.incompleteReason == nil ? "" : " hollow"
            parts.append("<circle cx=\"\(point.x)\" cy=\"\(point.y)\" r=\"4\" class=\"series\(seriesIndex)\(hollow)\"/>")
        }
        return parts.joined()
    }

    /// `21.5 in 2015/16`: the legend gives the latest value, so close lines never overprint labels.
    private func latest(_ row: Row) -> String {
        guard let cell = row.cells.last else { return "" }
        return "\(cell.text) in \(cell.year.label)"
    }

    private func x(_ index: Int) -> Int {
        guard years.count > 1 else { return (Self.plotLeft + Self.plotRight) / 2 }
        return Self.plotLeft + 20 + (Self.plotRight - Self.plotLeft - 40) * index / (years.count - 1)
    }

    private func y(_ tenths: Int, top: Int) -> Int {
        Self.plotBottom - (Self.plotBottom - Self.plotTop) * min(tenths, top) / top
    }

    /// A value in tenths (counts ×10), or nil when unavailable.
    private static func tenths(_ value: Value) -> Int? {
        switch value {
        case .count(let count): count * 10
        case .tenths(let tenths): tenths
        case .unavailable: nil
        }
    }

    /// The smallest 1, 2 or 5 × 10^k at or above `value`.
    private static func niceCeiling(_ value: Int) -> Int {
        var magnitude = 1
        while true {
            for step in [1, 2, 5] where step * magnitude >= value { return step * magnitude }
            magnitude *= 10
        }
    }

    private static func axisLabel(_ tenths: Int, percent: Bool) -> String {
        percent ? "\(tenths / 10)%" : DecimalText.grouped(tenths / 10)
    }

    /// The title without its "(%)" suffix, for legends.
    private static func shortTitle(_ figure: AnnualFigure) -> String {
        figure.title.hasSuffix(" (%)") ? String(figure.title.dropLast(4)) : figure.title
    }
}
