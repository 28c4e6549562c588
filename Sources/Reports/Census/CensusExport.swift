import LedgerCalendar
import Projections
import TextFormats

/// The DfE Children in Need census return of one collection year (1 April – 31 March, reference date
/// 31 March), built from the projections and validated before it is written (docs/cin-census.md).
public struct CensusExport: Hashable, Sendable {
    /// A child left out because it cannot be expressed validly, with every reason.
    public struct InvalidChild: Hashable, Sendable {
        /// The child's id.
        public var childId: String
        /// Why (elements and ledger positions, never values).
        public var reasons: [String]
    }

    /// The collection year.
    public var year: FinancialYear
    /// Children written: those with a referral episode open at any point in the year, valid.
    public var children: [CensusChild]
    /// Children that cannot be written validly (left out only with `skipInvalid`).
    public var invalidChildren: [InvalidChild]
    /// The XML document (UTF-8).
    public var document: [UInt8]

    /// Episodes written with `PrimaryNeedCode` `N0` because their referral awaited its decision at 31 March.
    public var awaitingDecisionCount: Int {
        children.reduce(0) { $0 + $1.episodes.count(where: \.isAwaitingDecision) }
    }

    /// Builds the return.
    ///
    /// - Parameters:
    ///   - localAuthority: the three-digit DfE LA number (`LEA`).
    ///   - skipInvalid: write the valid children when some are invalid (else throw).
    ///   - generatedAt: the header's `DateTime` (an explicit parameter, for byte-identical output).
    /// - Throws: `CensusExportError` listing every invalid child when `skipInvalid` is false;
    ///   `ProjectionError.evaluation` when a date falls outside the calendar.
    public static func build(
        state: ProjectionState, year: FinancialYear, localAuthority: String, skipInvalid: Bool, generatedAt: String,
        calendar: WorkingDayCalendar = .englandAndWales
    ) throws -> CensusExport {
        var included: [CensusChild] = []
        var invalid: [InvalidChild] = []
        for childId in state.childIds {
            guard let history = state.children[childId] else { continue }
            var child = try CensusChild.build(history, referenceDate: year.lastDay, calendar: calendar)
            child.episodes = child.episodes.filter { isOpen($0, during: year) }.map { $0.restricted(to: year) }
            guard !child.episodes.isEmpty else { continue }
            let issues = child.validationIssues(year: year)
            if issues.isEmpty {
                included.append(child)
            } else {
                invalid.append(InvalidChild(childId: childId, reasons: issues))
            }
        }
        if !invalid.isEmpty, !skipInvalid { throw CensusExportError(year: year, invalidChildren: invalid) }
        let document = try CensusXML.document(
            children: included, year: year, localAuthority: localAuthority, generatedAt: generatedAt)
        return CensusExport(year: year, children: included, invalidChildren: invalid, document: document)
    }

    /// DOMAIN.md §6: a referral episode belongs to the year when it is open at any point in it.
    static func isOpen(_ episode: CensusChild.Episode, during year: FinancialYear) -> Bool {
        episode.referralDate <= year.lastDay && (episode.closureDate.map { $0 >= year.firstDay } ?? true)
    }
}

extension CensusChild.Episode {
    /// The episode with only the modules open at some point in `year` (DfE validation 4013, 8696, 8715,
    /// 8930: an end date reported must fall within the census year).
    func restricted(to year: FinancialYear) -> CensusChild.Episode {
        let inYear = { (end: CivilDate?) in end.map { $0 >= year.firstDay } ?? true }
        var episode = self
        episode.assessments.removeAll { !inYear($0.authorisationDate) }
        episode.cinPlans.removeAll { !inYear($0.endDate) }
        episode.section47s.removeAll { !inYear($0.initialConferenceDate ?? $0.concludedDate) }
        episode.protectionPlans.removeAll { !inYear($0.endDate) }
        return episode
    }
}

/// Children whose census data cannot be expressed validly; nothing was written.
public struct CensusExportError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The collection year.
    public var year: FinancialYear
    /// Every invalid child with its reasons.
    public var invalidChildren: [CensusExport.InvalidChild]

    /// One line per reason, then what to do.
    public var description: String {
        let lines = invalidChildren.flatMap { child in child.reasons.map { "  child \(child.childId): \($0)" } }
        return "CIN census \(year.label): \(invalidChildren.count) child(ren) cannot be written validly; nothing "
            + "was written (--skip-invalid writes the others):\n" + lines.joined(separator: "\n")
    }
}
