// Placeholder until the LedgerCalendar target lands; delete when adding real sources.
enum LedgerCalendarPlaceholder {}
