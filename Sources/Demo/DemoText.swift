import CommandLineSupport
import Projections
import Reports
import TextFormats

/// The demo's printed sections (plain text, 100 columns).
enum DemoText {
    /// Counts by event type, largest first, the rest folded into one line.
    static func eventTypes(_ counts: [String: Int], shown: Int = 14) -> String {
        let sorted = counts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }
        var lines = sorted.prefix(shown).map {
            "  \(TextTable.padded($0.key, width: 30)) \(DecimalText.grouped($0.value))"
        }
        let rest = sorted.dropFirst(shown)
        if !rest.isEmpty {
            let restCount = DecimalText.grouped(rest.map(\.value).reduce(0, +))
            lines.append("  \(TextTable.padded("\(rest.count) other types", width: 30)) \(restCount)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The 31 March caseload.
    static func caseload(_ summary: CaseloadSummary) -> String {
        let categories = summary.cpPlanCountByCategory.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }
        return """
              children known            \(DecimalText.grouped(summary.childCount))
              open referral episodes    \(DecimalText.grouped(summary.openReferralCount))
              on a CIN plan             \(DecimalText.grouped(summary.cinPlanCount))
              on a CP plan              \(DecimalText.grouped(summary.cpPlanCount))  \
            (latest category: \(categories.joined(separator: ", ")))
              looked after              \(DecimalText.grouped(summary.lookedAfterCount))

            """
    }

    /// One row per rule: instances, outcomes, % in time, median and 90th percentile.
    static func compliance(_ report: ComplianceReport) -> String {
        let header = ["rule", "limit", "clocks", "met", "breached", "overdue", "open", "% in time", "median", "p90"]
        let body = report.rules.map { rule in
            [
                rule.clockID, rule.limitText, DecimalText.grouped(rule.counts.instances),
                DecimalText.grouped(rule.counts.met),
                DecimalText.grouped(rule.counts.breached), DecimalText.grouped(rule.counts.openOverdue),
                DecimalText.grouped(rule.counts.openInTime),
                rule.counts.inTimeText, rule.medianDuration.map(String.init) ?? "-",
                rule.percentile90Duration.map(String.init) ?? "-",
            ]
        }
        return table([header] + body)
    }

    /// Left-aligned columns two spaces apart, indented by two.
    private static func table(_ rows: [[String]]) -> String {
        let widths = rows[0].indices.map { column in rows.map { $0[column].count }.max() ?? 0 }
        return rows.map { row in
            "  " + row.enumerated().map { TextTable.padded($0.element, width: widths[$0.offset] + 2) }.joined()
        }.joined(separator: "\n") + "\n"
    }
}
