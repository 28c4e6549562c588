import LedgerCalendar
import SeededRandom
import TestSupport
import Testing

@testable import Rulebooks

private let dayRules = RulebookSet.shipped.books.flatMap(\.rules).filter { rule in
    (try? rule.resolved(settings: RuleSettings()))?.limit.unit != .hours
}

/// For random starts in 2012–2025: the due date is on or after the start, a stop on it is met, and a stop
/// on the next working day after it is breached by exactly one unit of working days or one calendar day.
@Test(arguments: [1, 2, 3, 4] as [UInt64])
func dueDateIsTheLastCompliantDayForRandomStarts(seed: UInt64) throws {
    var random = SplitMix64(seed: seed)
    let first = day("2012-01-01")
    for _ in 0..<200 {
        let rule = dayRules[random.next(below: dayRules.count)]
        let start = first.adding(days: random.next(below: 14 * 365))
        let evaluation = try rule.evaluate(
            start: .date(start), stop: nil, asOf: .date(start), calendar: englandAndWales)
        guard case .date(let dueDate) = evaluation.due.deadline?.due else {
            Issue.record("seed \(seed): \(rule.id) from \(start) has no due date")
            continue
        }
        #expect(dueDate >= start, "seed \(seed): \(rule.id) from \(start)")
        #expect(evaluation.status == .openInTime, "seed \(seed): \(rule.id) from \(start)")
        let onTime = try rule.evaluate(
            start: .date(start), stop: .date(dueDate), asOf: .date(dueDate), calendar: englandAndWales)
        #expect(onTime.status == .met, "seed \(seed): \(rule.id) from \(start)")
        let nextWorkingDay = try englandAndWales.nextWorkingDay(onOrAfter: dueDate.adding(days: 1))
        let late = try rule.evaluate(
            start: .date(start), stop: .date(nextWorkingDay), asOf: .date(nextWorkingDay), calendar: englandAndWales)
        let expectedAmount = evaluation.due.rule.limit.unit == .workingDays ? 1 : dueDate.days(until: nextWorkingDay)
        guard case .breached(let overrun) = late.status else {
            Issue.record("seed \(seed): \(rule.id) from \(start): a stop after the due date is not a breach")
            continue
        }
        #expect(overrun.amount == expectedAmount, "seed \(seed): \(rule.id) from \(start)")
    }
}
