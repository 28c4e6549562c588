import CaseModel
import LedgerCalendar

/// An action's status on a date, computed from dates alone (docs/actions.md, "RAG rule"):
///
/// 1. closed on or before the date: `complete`, or `completeLate` if closed after the due date;
/// 2. no target date: `ongoing` if the plan says so, else `noTarget` (a data-quality flag);
/// 3. the date is after the due date: `red` (overdue);
/// 4. the due date is within `amberWindowDays` days from the date (due today included): `amber`;
/// 5. otherwise `green`.
///
/// A month target ("May 2017") falls due on the last day of that month.
public enum ActionRAG: String, Hashable, Sendable, CaseIterable {
    /// Closed on or before its due date.
    case complete
    /// Closed after its due date.
    case completeLate = "complete-late"
    /// Open and past its due date.
    case red
    /// Open and due within the amber window.
    case amber
    /// Open and not yet due within the amber window.
    case green
    /// Open-ended by design (`ongoing`), no date to miss.
    case ongoing
    /// No target date recorded.
    case noTarget = "no-target"

    /// Days before the due date from which an open action is amber.
    public static let amberWindowDays = 30

    /// The status of an action due on `due` (nil: no target), closed on `closedOn`, judged on `date`.
    public static func status(due: CivilDate?, closedOn: CivilDate?, ongoing: Bool, on date: CivilDate) -> ActionRAG {
        if let closedOn, closedOn <= date {
            guard let due else { return .complete }
            return closedOn <= due ? .complete : .completeLate
        }
        guard let due else { return ongoing ? .ongoing : .noTarget }
        if date > due { return .red }
        return date.days(until: due) <= amberWindowDays ? .amber : .green
    }

    /// The last day of `month`: when a month target falls due.
    public static func dueDate(of month: YearMonth) -> CivilDate {
        month.firstDay.adding(months: 1).adding(days: -1)
    }
}
