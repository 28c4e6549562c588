import Projections

extension ChildChronology {
    /// Plain text: the header, then each event as a block (valid date, type, position; recorded and lag,
    /// actor, decision; outcome; clocks; rationale; revisions), a retracted event marked `RETRACTED` with its
    /// type struck through as `~~Type~~`, then the clocks.
    public func renderText(_ pseudonyms: Pseudonyms = .none) -> String {
        var lines = ["Chronology of \(pseudonyms.label(childId))"]
        lines += headerPairs(pseudonyms).map { "  \(Self.padded($0.name + ":", 20)) \($0.value)" }
        lines.append("")
        for row in rows(pseudonyms) {
            let mark = row.status == "retracted" ? "RETRACTED " : row.status == "corrected" ? "corrected " : ""
            let event = row.status == "retracted" ? "~~\(row.event)~~" : row.event
            let subject = household == nil ? "" : "[\(row.subject)] "
            lines.append("\(Self.padded(row.valid, 17)) \(mark)\(subject)\(event)  @\(row.position)")
            lines.append(
                "    recorded \(row.recorded) (\(row.lag) WD)  \(row.actor)"
                    + (row.decision.isEmpty ? "" : "  \(row.decision)"))
            for (name, value) in [
                ("outcome", row.outcome), ("clocks", row.clocks), ("rationale", row.rationale),
                ("revisions", row.revisions),
            ] where !value.isEmpty {
                lines.append("    \(name): \(value)")
            }
        }
        lines.append("")
        lines.append("Clocks (judged on \(judgedOn))")
        lines += TextColumns.aligned([Self.clockColumnTitles] + clockRows(pseudonyms)).map { "  " + $0 }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Column titles of `clockRows`.
    public static let clockColumnTitles = ["clock", "child", "started", "due", "stopped", "status", "rulebook"]

    /// One row per clock, in start order.
    public func clockRows(_ pseudonyms: Pseudonyms) -> [[String]] {
        clocks.map { clock in
            [
                clock.clockID, pseudonyms.label(clock.childId), "\(clock.start.londonDate) @\(clock.startPosition)",
                clock.due.map { "\($0)" } ?? "-",
                clock.stop.map { "\($0.londonDate) @\(clock.stopPosition.map(String.init) ?? "?")" } ?? "-",
                "\(clock.status)", "\(clock.rulebook.name) \(clock.rulebook.version)",
            ]
        }
    }

    static func padded(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }
}
