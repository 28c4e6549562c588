/// `JSONValue` can sit inside any `Codable` type (for example an event's free-form payload).
///
/// With `JSONValueEncoder`/`JSONValueDecoder` the value is copied exactly. With other coders it is written
/// through standard containers; non-integer numbers then pass through `Double`.
extension JSONValue: Codable {
    /// Decodes whichever JSON kind the decoder holds.
    public init(from decoder: any Decoder) throws {
        if let direct = decoder as? ValueDecoder {
            self = direct.value
            return
        }
        let single = try decoder.singleValueContainer()
        if single.decodeNil() {
            self = .null
        } else if let flag = try? single.decode(Bool.self) {
            self = .bool(flag)
        } else if let integer = try? single.decode(Int64.self) {
            self = .integer(integer)
        } else if let double = try? single.decode(Double.self) {
            self = .number(double.description)
        } else if let text = try? single.decode(String.self) {
            self = .string(text)
        } else if let elements = try? single.decode([JSONValue].self) {
            self = .array(elements)
        } else {
            self = .object(try single.decode([String: JSONValue].self))
        }
    }

    /// Encodes this value through a single-value container.
    public func encode(to encoder: any Encoder) throws {
        var single = encoder.singleValueContainer()
        switch self {
        case .null: try single.encodeNil()
        case .bool(let flag): try single.encode(flag)
        case .integer(let number): try single.encode(number)
        case .number(let text): try single.encode(Double(text) ?? .nan)
        case .string(let text): try single.encode(text)
        case .array(let elements): try single.encode(elements)
        case .object(let members): try single.encode(members)
        }
    }
}
