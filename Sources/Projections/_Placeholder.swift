// Placeholder until the Projections target lands; delete when adding real sources.
enum ProjectionsPlaceholder {}
