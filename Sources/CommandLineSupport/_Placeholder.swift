// Placeholder until the CommandLineSupport target lands; delete when adding real sources.
enum CommandLineSupportPlaceholder {}
