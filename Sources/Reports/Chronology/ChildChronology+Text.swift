import Rulebooks

extension ChildChronology {
    /// A plain-text chronology: one line per event (date, type, coded fields, recorded date and lag,
    /// position, a `*` for corrected events), then one line per clock.
    public func renderText() -> String {
        var lines = ["Chronology of \(childId) (as now known; * = corrected after it was first recorded)"]
        for entry in entries {
            let lag = entry.recordingLagWorkingDays.map { "+\($0) WD" } ?? "?"
            let mark = entry.isCorrected ? "*" : " "
            lines.append(
                "  \(entry.occurredOn) \(mark) \(pad(entry.typeName, 26)) recorded \(entry.recordedOn) (\(pad(lag, 7)))"
                    + " @\(entry.position)  \(entry.codedFields)")
        }
        lines.append("Clocks")
        for clock in clocks {
            let due = clock.due.map { "due \($0)" } ?? "no due date"
            lines.append(
                "  \(pad(clock.clockID, 24)) started \(clock.start.londonDate)  \(pad(due, 26)) \(clock.status)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }
}
