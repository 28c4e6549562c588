import CaseModel
import LedgerCalendar
import Projections
import Reports
import Rulebooks

/// The shared sample measured by the independent compliance engine, as `caseledger import` then
/// `caseledger compliance` would: events appended in output order (position = line index), folded by
/// `Projections`, and reported under the shipped rulebooks.
enum ComplianceSample {
    /// The measured period: two financial years, 2014/15 and 2015/16, well past the WT2013 switchover
    /// (a larger sample than one year, so the bands can be tight).
    static let from = CivilDate(year: 2014, month: 4, day: 1)!
    static let to = CivilDate(year: 2016, month: 3, day: 31)!

    /// The report, built once.
    static let report: ComplianceReport = {
        let ledger = Fixture.sample.events.enumerated().map { index, event in
            LedgerEvent(
                position: UInt64(index), chainHash: [], ledgerTimestampNanoseconds: Int64(index), event: event)
        }
        let parameters = ComplianceParameters(from: from, to: to, asOf: to, generatedAt: "calibration test")
        do {
            return try ComplianceReport.build(events: ledger, rulebooks: .shipped, parameters: parameters)
        } catch {
            preconditionFailure("the generated sample folds and reports: \(error)")
        }
    }()

    /// The figures of one clock id (nil if no clock of that id started in the period).
    static func figures(of clockID: String) -> RuleFigures? {
        report.rules.first { $0.clockID == clockID }
    }
}
