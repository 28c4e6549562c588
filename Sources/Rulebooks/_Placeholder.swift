// Placeholder until the Rulebooks target lands; delete when adding real sources.
enum RulebooksPlaceholder {}
