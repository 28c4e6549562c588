/// Coding keys and path rendering shared by `JSONValueEncoder` and `JSONValueDecoder`.
enum JSONCodingPath {
    /// The key of an array element, rendered as `[index]`.
    struct IndexKey: CodingKey {
        let index: Int
        init(_ index: Int) { self.index = index }
        init?(stringValue: String) { nil }
        init?(intValue: Int) { self.index = intValue }
        var stringValue: String { "Index \(index)" }
        var intValue: Int? { index }
    }

    /// The key used by `superEncoder()` and `superDecoder()`.
    struct SuperKey: CodingKey {
        init() {}
        init?(stringValue: String) { nil }
        init?(intValue: Int) { nil }
        var stringValue: String { "super" }
        var intValue: Int? { nil }
    }

    /// Renders a coding path as `payload.factors[2].code`; the empty path renders as `$` (the root).
    static func render(_ path: [any CodingKey]) -> String {
        guard !path.isEmpty else { return "$" }
        var text = ""
        for key in path {
            if let indexKey = key as? IndexKey {
                text += "[\(indexKey.index)]"
            } else {
                if !text.isEmpty { text += "." }
                text += key.stringValue
            }
        }
        return text
    }
}
