import LedgerCalendar

/// A value type whose Codable form is a single string (not a keyed object), with a value the field
/// recorder can hand back while it walks a decoder: every such type that an event holds must conform,
/// or `EventFieldCatalogue` cannot read the event's fields (a test reads every catalogue type).
protocol FieldPlaceholder {
    /// Any valid value.
    static var fieldPlaceholder: Self { get }
    /// How the field is described.
    static var fieldKind: EventField.Kind { get }
}

extension CivilDate: FieldPlaceholder {
    static var fieldPlaceholder: CivilDate { CivilDate(year: 2000, month: 1, day: 1)! }
    static var fieldKind: EventField.Kind { .date }
}

extension Instant: FieldPlaceholder {
    static var fieldPlaceholder: Instant { Instant(utcDate: .fieldPlaceholder, hour: 0) }
    static var fieldKind: EventField.Kind { .instant }
}

extension YearMonth: FieldPlaceholder {
    static var fieldPlaceholder: YearMonth { YearMonth(year: 2000, month: 1)! }
    static var fieldKind: EventField.Kind { .month }
}

extension FinancialYear: FieldPlaceholder {
    static var fieldPlaceholder: FinancialYear { FinancialYear(startingIn: 2000) }
    static var fieldKind: EventField.Kind { .financialYear }
}

extension EventReplacement: FieldPlaceholder {
    static var fieldPlaceholder: EventReplacement {
        EventReplacement(occurredOn: .fieldPlaceholder, data: CaseClosed(reason: ReasonForClosure.allCases[0]))
    }
    static var fieldKind: EventField.Kind { .object }
}
