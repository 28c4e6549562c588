/// The shipped rulebooks' JSON, embedded so the binary needs no resource files. Each member is generated
/// from `Sources/Rulebooks/Data/<name>.json` by `Data/generate-shipped-text.sh`.
enum ShippedRulebookText {}
