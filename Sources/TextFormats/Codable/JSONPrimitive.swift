/// Conversions between Swift's primitive `Codable` types and `JSONValue`.
enum JSONPrimitive {
    /// The JSON form of `value` when it is a primitive (or a `JSONValue`); nil for any other type.
    ///
    /// - Throws: `JSONEncodingError.Reason.nonFiniteNumber` for NaN or an infinity.
    static func box<T: Encodable>(
        _ value: T, at codingPath: @autoclosure () -> [any CodingKey]
    ) throws(JSONEncodingError) -> JSONValue? {
        switch value {
        case let json as JSONValue: return json
        case let string as String: return .string(string)
        case let flag as Bool: return .bool(flag)
        case let double as Double: return try number(double, finite: double.isFinite, at: codingPath())
        case let float as Float: return try number(float, finite: float.isFinite, at: codingPath())
        case let integer as any BinaryInteger:
            if let exact = Int64(exactly: integer) { return .integer(exact) }
            return .number("\(integer)")
        default: return nil
        }
    }

    private static func number(
        _ value: some LosslessStringConvertible, finite: Bool, at codingPath: [any CodingKey]
    ) throws(JSONEncodingError) -> JSONValue {
        guard finite else { throw JSONEncodingError(.nonFiniteNumber, at: codingPath) }
        let text = value.description
        assert(JSONNumberText.isValid(text), "Swift's float description is not JSON number text")
        return .number(text)
    }
}
