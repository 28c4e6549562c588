import LedgerCalendar
import Projections
import Rulebooks

/// A titled table of text cells: what every renderer prints.
struct ReportTable {
    let title: String
    let header: [String]
    let rows: [[String]]
}

extension ComplianceReport {
    /// The report's tables in print order: rules, teams, workers, breaches.
    var tables: [ReportTable] {
        [
            ReportTable(
                title: "Rules",
                header: ["rulebook", "clock", "limit", "instances", "met", "breached", "open overdue", "open in time",
                    "indeterminate", "% in time", "median", "p90", "unit"],
                rows: rules.map { rule in
                    ["\(rule.rulebook.name) \(rule.rulebook.version)", rule.clockID, rule.limitText]
                        + Self.cells(rule.counts)
                        + [text(rule.medianDuration), text(rule.percentile90Duration), rule.durationUnit.rawValue]
                }),
            groupTable(title: "By team", column: "team", groups: teams),
            groupTable(title: "By worker", column: "worker", groups: workers),
            ReportTable(
                title: "Breaches",
                header: ["clock", "child", "team", "worker", "start", "due", "stop", "limit", "actual", "over",
                    "unit", "status", "start position", "stop position"],
                rows: breaches.map(Self.breachCells)),
        ]
    }

    /// The provenance as key/value pairs in print order.
    var provenancePairs: [(String, String)] {
        var pairs: [(String, String)] = [
            ("ledgerPosition", text(provenance.ledgerPosition)), ("chainHead", provenance.chainHead),
            ("calendar", provenance.calendar), ("generatedAt", provenance.generatedAt),
        ]
        for book in provenance.rulebooks {
            pairs.append(("rulebook", "\(book.name) \(book.version) sha256:\(book.contentHash)"))
        }
        pairs += provenance.settings.map { ("setting", $0) }
        pairs += provenance.parameterOrder.map { ("parameter." + $0, provenance.parameters[$0] ?? "") }
        return pairs
    }

    private func groupTable(title: String, column: String, groups: [GroupFigures]) -> ReportTable {
        ReportTable(
            title: title,
            header: ["clock", column, "instances", "met", "breached", "open overdue", "open in time", "indeterminate",
                "% in time"],
            rows: groups.map { [$0.clockID, $0.group] + Self.cells($0.counts) })
    }

    private static func cells(_ counts: StatusCounts) -> [String] {
        [counts.instances, counts.met, counts.breached, counts.openOverdue, counts.openInTime, counts.indeterminate]
            .map(String.init) + [counts.inTimeText]
    }

    private static func breachCells(_ row: BreachRow) -> [String] {
        let clock = row.clock
        let over: Int? =
            switch clock.status {
            case .breached(let overrun), .openOverdue(let overrun): overrun.amount
            default: nil
            }
        return [
            clock.clockID, clock.childId, row.team, row.worker, clock.start.londonDate.description,
            clock.due?.description ?? "", clock.stop?.londonDate.description ?? "", clock.limit.description,
            text(clock.duration), text(over), clock.durationUnit.rawValue, clock.status.label,
            String(clock.startPosition), text(clock.stopPosition),
        ]
    }
}

/// Empty text for nil, else the value's description.
func text<T: CustomStringConvertible>(_ value: T?) -> String { value?.description ?? "" }

extension ClockStatus {
    /// `met`, `breached`, `openOverdue`, `openInTime`, `indeterminate`.
    var label: String {
        switch self {
        case .met: "met"
        case .breached: "breached"
        case .openOverdue: "openOverdue"
        case .openInTime: "openInTime"
        case .indeterminate: "indeterminate"
        }
    }
}
