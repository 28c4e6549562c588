// Placeholder until the CaseModel target lands; delete when adding real sources.
enum CaseModelPlaceholder {}
