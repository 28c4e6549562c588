import Projections
import Reports

/// The demo's printed sections (plain text, 100 columns).
enum DemoText {
    /// `12345` as `12,345`.
    static func grouped(_ number: Int) -> String {
        let digits = String(number.magnitude)
        var text = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { text.append(",") }
            text.append(digit)
        }
        return number < 0 ? "-" + text : text
    }

    /// Counts by event type, largest first, the rest folded into one line.
    static func eventTypes(_ counts: [String: Int], shown: Int = 14) -> String {
        let sorted = counts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }
        var lines = sorted.prefix(shown).map { "  \(TextTable.padded($0.key, width: 30)) \(grouped($0.value))" }
        let rest = sorted.dropFirst(shown)
        if !rest.isEmpty {
            lines.append(
                "  \(TextTable.padded("\(rest.count) other types", width: 30)) \(grouped(rest.map(\.value).reduce(0, +)))")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The 31 March caseload.
    static func caseload(_ summary: CaseloadSummary) -> String {
        let categories = summary.cpPlanCountByCategory.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }
        return """
              children known            \(grouped(summary.childCount))
              open referral episodes    \(grouped(summary.openReferralCount))
              on a CIN plan             \(grouped(summary.cinPlanCount))
              on a CP plan              \(grouped(summary.cpPlanCount))  (latest category: \(categories.joined(separator: ", ")))
              looked after              \(grouped(summary.lookedAfterCount))

            """
    }

    /// One row per financial year.
    static func annual(_ rows: [AnnualCounts]) -> String {
        let header = ["year", "referrals", "re-referral %", "single assessments", "s47", "ICPCs", "CPP starts", "CPP 31 Mar",
            "CIN 31 Mar"]
        let body = rows.map { row in
            [row.year.label, grouped(row.referrals), row.reReferralPercent.map { percent($0) } ?? "n/a",
                grouped(row.assessmentsAuthorised), grouped(row.section47Enquiries), grouped(row.initialConferences),
                grouped(row.protectionPlansStarted), grouped(row.protectionPlansAt31March),
                grouped(row.childrenInNeedAt31March)]
        }
        return table([header] + body)
    }

    /// One row per rule: instances, outcomes, % in time, median and 90th percentile.
    static func compliance(_ report: ComplianceReport) -> String {
        let header = ["rule", "limit", "clocks", "met", "breached", "overdue", "open", "% in time", "median", "p90"]
        let body = report.rules.map { rule in
            [rule.clockID, rule.limitText, grouped(rule.counts.instances), grouped(rule.counts.met),
                grouped(rule.counts.breached), grouped(rule.counts.openOverdue), grouped(rule.counts.openInTime),
                rule.counts.inTimeText, rule.medianDuration.map(String.init) ?? "-",
                rule.percentile90Duration.map(String.init) ?? "-"]
        }
        return table([header] + body)
    }

    private static func percent(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)"
    }

    /// Left-aligned columns two spaces apart, indented by two.
    private static func table(_ rows: [[String]]) -> String {
        let widths = rows[0].indices.map { column in rows.map { $0[column].count }.max() ?? 0 }
        return rows.map { row in
            "  " + row.enumerated().map { TextTable.padded($0.element, width: widths[$0.offset] + 2) }.joined()
        }.joined(separator: "\n") + "\n"
    }
}
