// Placeholder until the Reports target lands; delete when adding real sources.
enum ReportsPlaceholder {}
