// Placeholder until the CaseImport target lands; delete when adding real sources.
enum CaseImportPlaceholder {}
