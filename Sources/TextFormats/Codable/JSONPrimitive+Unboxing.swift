extension JSONPrimitive {
    /// `value` as a `T` when `T` is a primitive (or `JSONValue`); nil for any other type.
    ///
    /// - Throws: `JSONDecodingError` when `T` is a primitive and `value` does not fit it.
    static func unbox<T>(_ value: JSONValue, as type: T.Type, at codingPath: @autoclosure () -> [any CodingKey])
        throws(JSONDecodingError)
        -> T?
    {
        if type == JSONValue.self { return value as? T }
        if type == String.self {
            guard case .string(let text) = value else { throw mismatch(value, expected: "string", at: codingPath()) }
            return text as? T
        }
        if type == Bool.self {
            guard case .bool(let flag) = value else { throw mismatch(value, expected: "bool", at: codingPath()) }
            return flag as? T
        }
        if type == Double.self { return try floatingPoint(value, as: Double.self, at: codingPath()) as? T }
        if type == Float.self { return try floatingPoint(value, as: Float.self, at: codingPath()) as? T }
        if let integerType = type as? any FixedWidthInteger.Type {
            return try integer(value, as: integerType, at: codingPath()) as? T
        }
        return nil
    }

    private static func integer<I: FixedWidthInteger>(
        _ value: JSONValue, as type: I.Type, at codingPath: @autoclosure () -> [any CodingKey]
    ) throws(JSONDecodingError) -> I {
        switch value {
        case .integer(let number):
            guard let exact = I(exactly: number) else { throw outOfRange(type, at: codingPath()) }
            return exact
        case .number(let text) where isIntegerText(text):
            guard let exact = I(text) else { throw outOfRange(type, at: codingPath()) }
            return exact
        default:
            throw mismatch(value, expected: "\(type)", at: codingPath())
        }
    }

    /// True for number text with no fraction or exponent (an integer outside the `Int64` range).
    private static func isIntegerText(_ text: String) -> Bool {
        !text.utf8.contains { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") }
    }

    private static func floatingPoint<F: BinaryFloatingPoint & LosslessStringConvertible>(
        _ value: JSONValue, as type: F.Type, at codingPath: @autoclosure () -> [any CodingKey]
    ) throws(JSONDecodingError) -> F {
        let result: F?
        switch value {
        case .integer(let number): result = F(number)
        case .number(let text): result = F(text)
        default: throw mismatch(value, expected: "\(type)", at: codingPath())
        }
        guard let result, result.isFinite else { throw outOfRange(type, at: codingPath()) }
        return result
    }

    private static func mismatch(_ value: JSONValue, expected: String, at codingPath: [any CodingKey])
        -> JSONDecodingError
    {
        JSONDecodingError(.typeMismatch(expected: expected, found: value.kindName), at: codingPath)
    }

    private static func outOfRange(_ type: Any.Type, at codingPath: [any CodingKey]) -> JSONDecodingError {
        JSONDecodingError(.valueOutOfRange(type: "\(type)"), at: codingPath)
    }
}
