import LedgerCalendar
import Projections

/// What every child of a ledger contributes to the annual figures of any years, and the ledger's coverage:
/// the annual report and its drill-down are counted from these, not from the events. Stored in the projection
/// checkpoint as the section `annual-facts` (docs/annual-figures.md, "Stored facts"), so a report over a
/// current checkpoint reads that section and never decodes an event; built from the histories otherwise.
/// Either way the report is counted by the same code from the same bytes.
public struct AnnualFacts: Hashable, Sendable {
    /// The checkpoint section's name.
    public static let sectionName = "annual-facts"
    /// The version of the fold and of this encoding: change it with any change to either, so that facts
    /// stored by an older build are recomputed rather than read.
    static let foldVersion = "annual-facts/1"

    /// The inputs the facts were computed under: fold version, definitions version and calendar. Facts
    /// stored under other inputs are not read.
    public let key: String
    /// The encoded facts (`AnnualFacts+Binary.swift`), after the key.
    let bytes: [UInt8]

    /// The key of facts computed with `calendar` by this build.
    public static func key(calendar: WorkingDayCalendar) -> String {
        "\(foldVersion); definitions \(AnnualFigure.definitionsVersion); calendar \(calendar.provenance.description)"
    }

    /// The facts of every child of `state`, folded from its history with `calendar`. A child whose fold fails
    /// (a working day outside the calendar) is stored as that failure, thrown by `forEachContribution`.
    public init(state: ProjectionState, calendar: WorkingDayCalendar = .englandAndWales) {
        key = Self.key(calendar: calendar)
        bytes = Self.encode(state: state, calendar: calendar)
    }

    /// The facts stored in `section`, or nil when they were computed under other inputs than this build and
    /// `calendar` would use (another fold version, definitions or calendar).
    ///
    /// - Throws: `ProjectionError.malformedCheckpoint` for a section that does not start with a key.
    public init?(section: CheckpointSection, calendar: WorkingDayCalendar = .englandAndWales)
        throws(ProjectionError)
    {
        var reader = CheckpointReader(section.bytes)
        let key = try reader.string("annual-facts key")
        guard section.name == Self.sectionName, key == Self.key(calendar: calendar) else { return nil }
        self.key = key
        bytes = Array(section.bytes[reader.offset...])
    }

    /// The checkpoint section holding these facts.
    public var section: CheckpointSection {
        var writer = CheckpointWriter()
        writer.string(key)
        writer.append(bytes)
        return CheckpointSection(name: Self.sectionName, bytes: writer.bytes)
    }

    /// The earliest valid date and the latest record (London) or valid date of any child event.
    ///
    /// - Throws: `ProjectionError.malformedCheckpoint` when the stored facts do not decode.
    public func coverage() throws(ProjectionError) -> ClosedRange<CivilDate>? {
        var reader = CheckpointReader(bytes)
        return try Self.readCoverage(from: &reader)
    }

    /// Calls `body` with every contribution to `years` (ascending, contiguous), child by child in id order,
    /// each child's in the order its fold adds them.
    ///
    /// - Throws: the stored `ProjectionError` of the first child whose fold failed;
    ///   `.malformedCheckpoint` when the stored facts do not decode.
    public func forEachContribution(years: [FinancialYear], _ body: (AnnualContribution) -> Void)
        throws(ProjectionError)
    {
        guard let first = years.first?.startYear, let last = years.last?.startYear else { return }
        var reader = CheckpointReader(bytes)
        _ = try Self.readCoverage(from: &reader)
        let figureIDs = try Self.readFigureIDs(from: &reader)
        for _ in 0..<(try reader.count("annual-facts children")) {
            let facts = try Self.readChild(from: &reader, figureIDs: figureIDs)
            for contribution in facts.contributions where (first...last).contains(contribution.year.startYear) {
                body(contribution)
            }
            guard let lastEventYear = facts.lastEventStartYear, lastEventYear < last else { continue }
            for startYear in max(first, lastEventYear + 1)...last {
                let lastDay = FinancialYear(startingIn: startYear).lastDay
                for var contribution in facts.finalSnapshot {
                    contribution.date = lastDay
                    contribution.year = FinancialYear(startingIn: startYear)
                    body(contribution)
                }
            }
        }
        guard reader.isAtEnd else {
            throw ProjectionError(.malformedCheckpoint, reason: "bytes after the annual facts' last child")
        }
    }
}
