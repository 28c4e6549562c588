// Placeholder until the TextFormats target lands; delete when adding real sources.
enum TextFormatsPlaceholder {}
