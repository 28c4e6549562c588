/// What changed in a child's chronology between two knowledge times: events recorded in between, and
/// corrections and retractions recorded in between (the "what was known when the decision was made" question).
public struct ChronologyDiff: Hashable, Sendable {
    /// One change, with the entry as known at the later time.
    public struct Change: Hashable, Sendable {
        /// Added (recorded in between), corrected or retracted (in between).
        public enum Kind: String, Hashable, Sendable { case added, corrected, retracted }
        /// What changed.
        public var kind: Kind
        /// The entry as known at the later time.
        public var entry: ChildChronology.Entry
    }

    /// The chronology at the earlier time.
    public var earlier: ChildChronology
    /// The chronology at the later time.
    public var later: ChildChronology
    /// The changes, in the later chronology's order.
    public var changes: [Change]

    /// Compares two chronologies of the same child built at two knowledge times, entry by ledger position.
    public init(earlier: ChildChronology, later: ChildChronology) {
        self.earlier = earlier
        self.later = later
        let before = Dictionary(earlier.entries.map { ($0.position, $0) }, uniquingKeysWith: { first, _ in first })
        changes = later.entries.compactMap { entry in
            guard let old = before[entry.position] else { return Change(kind: .added, entry: entry) }
            if entry.event.isRetracted && !old.event.isRetracted { return Change(kind: .retracted, entry: entry) }
            if entry.event.corrections.count > old.event.corrections.count {
                return Change(kind: .corrected, entry: entry)
            }
            return nil
        }
    }

    /// Plain text: both knowledge times, then one block per change (the later entry's row; for a
    /// correction, what it replaced).
    public func renderText(_ pseudonyms: Pseudonyms = .none) -> String {
        let rows = Dictionary(
            zip(later.entries.map(\.position), later.rows(pseudonyms)), uniquingKeysWith: { first, _ in first })
        var lines = [
            "Chronology of \(pseudonyms.label(later.childId)): what changed between two knowledge times",
            "  earlier known at: \(earlier.times.knownAt.map { "\($0)" } ?? "now")",
            "  later known at:   \(later.times.knownAt.map { "\($0)" } ?? "now")",
            "  changes: \(changes.count) (\(count(.added)) added, \(count(.corrected)) corrected, "
                + "\(count(.retracted)) retracted)",
            "",
        ]
        for change in changes {
            guard let row = rows[change.entry.position] else { continue }
            lines.append(
                "\(ChildChronology.padded(change.kind.rawValue.uppercased(), 10)) \(row.valid)  \(row.event)  "
                    + "@\(row.position)  recorded \(row.recorded) (\(row.lag) WD)")
            if !row.revisions.isEmpty { lines.append("    \(row.revisions)") }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func count(_ kind: Change.Kind) -> Int { changes.filter { $0.kind == kind }.count }
}
