import CaseModel
import LedgerCalendar
import Projections
import Rulebooks

/// The shared sample measured by the independent compliance engine, as `caseledger import` then
/// `caseledger compliance` would: events appended in output order (position = line index), folded by
/// `Projections`, and each child's clocks paired by `ClockEngine` under the shipped national rulebooks
/// (no authority, so local books never apply). Counted like the compliance report: clocks starting in
/// the period; % in time = met ÷ (met + breached + open overdue).
enum ComplianceSample {
    /// The measured period: two financial years, 2014/15 and 2015/16, well past the WT2013 switchover
    /// (a larger sample than one year, so the bands can be tight). Open clocks are judged at its end.
    static let from = CivilDate(year: 2014, month: 4, day: 1)!
    static let to = CivilDate(year: 2016, month: 3, day: 31)!

    /// Counted clocks of one clock id.
    struct Figures {
        var met = 0
        var decided = 0
        /// Durations of stopped and open clocks, in the rule's unit (days for month limits), sorted.
        var durations: [Int] = []

        /// met ÷ decided, as a percentage.
        var percentInTime: Double { decided == 0 ? 0 : 100 * Double(met) / Double(decided) }
        /// The nearest-rank 90th percentile of the durations (as the report computes it).
        var percentile90: Int? {
            durations.isEmpty ? nil : durations[max((90 * durations.count + 99) / 100, 1) - 1]
        }
    }

    /// Figures by clock id, computed once.
    static let figuresByClockID: [String: Figures] = {
        let ledger = Fixture.sample.events.enumerated().map { index, event in
            LedgerEvent(
                position: UInt64(index), chainHash: [], ledgerTimestampNanoseconds: Int64(index), event: event)
        }
        do {
            let state = try ProjectionState.rebuild(from: ledger)
            let national = try RulebookSet(RulebookSet.shipped.books.filter { $0.kind == .national })
            let engine = ClockEngine(rulebooks: national)
            var figures: [String: Figures] = [:]
            for childId in state.childIds {
                guard let history = state.children[childId] else { continue }
                for clock in try engine.clocks(for: history, asOf: to)
                where (from...to).contains(clock.start.londonDate) {
                    figures[clock.clockID, default: Figures()].count(clock)
                }
            }
            return figures.mapValues {
                var sorted = $0
                sorted.durations.sort()
                return sorted
            }
        } catch {
            preconditionFailure("the generated sample folds and pairs: \(error)")
        }
    }()
}

extension ComplianceSample.Figures {
    /// Counts one clock as the compliance report does.
    mutating func count(_ clock: Clock) {
        if let duration = clock.duration { durations.append(duration) }
        switch clock.status {
        case .met:
            met += 1
            decided += 1
        case .breached, .openOverdue: decided += 1
        case .openInTime, .indeterminate: break
        }
    }
}
