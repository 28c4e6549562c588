import SeededRandom

@testable import TextFormats

extension JSONValue {
    private static let sampleScalars: [Unicode.Scalar] = [
        "a", "Z", "\"", "\\", "\n", "\u{0}", "\u{1F}", "é", "\u{2028}", "😀", "/",
    ]
    private static let sampleNumbers = ["0.5", "-1e-7", "3.0E+10", "123456789012345678901234567890"]

    /// A random value for round-trip tests; containers only while `depth > 0`.
    static func random(depth: Int, using generator: inout SplitMix64) -> JSONValue {
        switch Int.random(in: 0..<(depth > 0 ? 8 : 6), using: &generator) {
        case 0: return .null
        case 1: return .bool(Bool.random(using: &generator))
        case 2: return .integer(Int64.random(in: .min ... .max, using: &generator))
        case 3: return .number(sampleNumbers.randomElement(using: &generator)!)
        case 4, 5: return .string(randomString(using: &generator))
        case 6:
            let count = Int.random(in: 0..<4, using: &generator)
            return .array((0..<count).map { _ in random(depth: depth - 1, using: &generator) })
        default:
            let count = Int.random(in: 0..<4, using: &generator)
            var members: [String: JSONValue] = [:]
            for _ in 0..<count {
                members[randomString(using: &generator)] = random(depth: depth - 1, using: &generator)
            }
            return .object(members)
        }
    }

    private static func randomString(using generator: inout SplitMix64) -> String {
        let count = Int.random(in: 0..<6, using: &generator)
        var text = String.UnicodeScalarView()
        for _ in 0..<count { text.append(sampleScalars.randomElement(using: &generator)!) }
        return String(text)
    }
}
