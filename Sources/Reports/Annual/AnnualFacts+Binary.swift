import LedgerCalendar
import Projections

// The encoding of `AnnualFacts` after its key (docs/annual-figures.md, "Stored facts"), with the checkpoint's
// field encodings (`CheckpointWriter`): the coverage, the figure ids used, then every child in id order.

extension AnnualFacts {
    static func encode(state: ProjectionState, calendar: WorkingDayCalendar) -> [UInt8] {
        var figureIndexes: [String: Int] = [:]
        var figureIDs: [String] = []
        var children = CheckpointWriter()
        children.count(state.children.count)
        for childId in state.childIds {
            guard let history = state.children[childId] else { continue }
            children.string(childId)
            do {
                let facts = try AnnualChildFold.facts(of: history, calendar: calendar)
                children.uint8(0)
                children.optional(facts.lastEventStartYear.map { UInt64(bitPattern: Int64($0)) })
                for list in [facts.contributions, facts.finalSnapshot] {
                    children.count(list.count)
                    for contribution in list {
                        let index = figureIndexes[contribution.figureID] ?? figureIDs.count
                        if index == figureIDs.count {
                            figureIndexes[contribution.figureID] = index
                            figureIDs.append(contribution.figureID)
                        }
                        write(contribution, figureIndex: index, to: &children)
                    }
                }
            } catch {
                children.uint8(1)
                children.string(error.code.rawValue)
                children.optional(error.position)
                children.string(error.reason)
            }
        }
        var writer = CheckpointWriter()
        writeCoverage(AnnualReport.coverage(of: state), to: &writer)
        writer.count(figureIDs.count)
        for figureID in figureIDs { writer.string(figureID) }
        writer.append(children.bytes)
        return writer.bytes
    }

    private static func write(_ contribution: AnnualContribution, figureIndex: Int, to writer: inout CheckpointWriter) {
        writer.count(figureIndex)
        writer.uint64(UInt64(bitPattern: Int64(contribution.date.dayNumber)))
        writer.positions(contribution.positions)
        writer.string(contribution.detail)
    }

    private static func writeCoverage(_ coverage: ClosedRange<CivilDate>?, to writer: inout CheckpointWriter) {
        writer.optional(coverage.map { UInt64(bitPattern: Int64($0.lowerBound.dayNumber)) })
        writer.optional(coverage.map { UInt64(bitPattern: Int64($0.upperBound.dayNumber)) })
    }

    static func readCoverage(from reader: inout CheckpointReader) throws(ProjectionError) -> ClosedRange<CivilDate>? {
        let earliest = try reader.optional("annual-facts coverage").map(Self.date)
        let latest = try reader.optional("annual-facts coverage").map(Self.date)
        switch (earliest, latest) {
        case (nil, nil): return nil
        case (let earliest?, let latest?) where earliest <= latest: return earliest...latest
        default: throw ProjectionError(.malformedCheckpoint, reason: "annual-facts coverage is not a date range")
        }
    }

    static func readFigureIDs(from reader: inout CheckpointReader) throws(ProjectionError) -> [String] {
        var figureIDs: [String] = []
        for _ in 0..<(try reader.count("annual-facts figure ids")) {
            figureIDs.append(try reader.string("annual-facts figure id"))
        }
        return figureIDs
    }

    /// One child's facts; throws the failure stored for it.
    static func readChild(from reader: inout CheckpointReader, figureIDs: [String]) throws(ProjectionError)
        -> AnnualChildFold.Facts
    {
        let childId = try reader.string("annual-facts child id")
        switch try reader.uint8("annual-facts child kind") {
        case 0: break
        case 1:
            let code = try reader.string("annual-facts failure code")
            let position = try reader.optional("annual-facts failure position")
            let reason = try reader.string("annual-facts failure reason")
            guard let code = ProjectionError.Code(rawValue: code) else {
                throw ProjectionError(.malformedCheckpoint, reason: "annual-facts failure code is unknown")
            }
            throw ProjectionError(code, position: position, reason: reason)
        default: throw ProjectionError(.malformedCheckpoint, reason: "annual-facts child kind is unknown")
        }
        var facts = AnnualChildFold.Facts()
        facts.lastEventStartYear = try reader.optional("annual-facts last year").map { Int(Int64(bitPattern: $0)) }
        facts.contributions = try readContributions(from: &reader, childId: childId, figureIDs: figureIDs)
        facts.finalSnapshot = try readContributions(from: &reader, childId: childId, figureIDs: figureIDs)
        return facts
    }

    private static func readContributions(
        from reader: inout CheckpointReader, childId: String, figureIDs: [String]
    ) throws(ProjectionError) -> [AnnualContribution] {
        var contributions: [AnnualContribution] = []
        for _ in 0..<(try reader.count("annual-facts contributions")) {
            let index = Int(try reader.uint32("annual-facts figure index"))
            guard index < figureIDs.count else {
                throw ProjectionError(.malformedCheckpoint, reason: "annual-facts figure index \(index) is unknown")
            }
            let date = date(try reader.uint64("annual-facts date"))
            contributions.append(
                AnnualContribution(
                    figureID: figureIDs[index], year: FinancialYear(containing: date), childId: childId, date: date,
                    positions: try reader.positions("annual-facts positions"),
                    detail: try reader.string("annual-facts detail")))
        }
        return contributions
    }

    private static func date(_ stored: UInt64) -> CivilDate { CivilDate(dayNumber: Int(Int64(bitPattern: stored))) }
}
