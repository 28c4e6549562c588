/// A JSON value as defined by RFC 8259, held exactly as parsed.
///
/// Integers that fit in `Int64` are `.integer`; every other number (a fraction, an exponent or an integer
/// too large for `Int64`) is `.number` holding its validated source text, so no precision is lost and the
/// canonical writer can reproduce it byte for byte. Objects are unordered: writers sort keys themselves.
///
/// Equality compares strings and object keys by their Unicode scalars, not by Swift's canonical
/// equivalence, so two equal values always have the same canonical bytes (see `CanonicalJSON`). Two keys
/// that are canonically equivalent but spelt differently cannot share one object: the parser refuses
/// them as duplicates.
public enum JSONValue: Hashable, Sendable {
    /// `null`.
    case null
    /// `true` or `false`.
    case bool(Bool)
    /// A number written without fraction or exponent that fits in `Int64`.
    case integer(Int64)
    /// Any other number, kept as its RFC 8259 number text (for example `"1.5"`, `"2e10"`, `"18446744073709551615"`).
    case number(String)
    /// A string.
    case string(String)
    /// An array.
    case array([JSONValue])
    /// An object; keys are unique.
    case object([String: JSONValue])
}

extension JSONValue {
    /// The member named `key` when this is an object and has it; nil otherwise.
    public subscript(key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members[key]
    }

    /// The element at `index` when this is an array and the index is in range; nil otherwise.
    public subscript(index: Int) -> JSONValue? {
        guard case .array(let elements) = self, elements.indices.contains(index) else { return nil }
        return elements[index]
    }

    /// The string when this is `.string`; nil otherwise.
    public var stringValue: String? {
        guard case .string(let text) = self else { return nil }
        return text
    }

    /// The integer when this is `.integer`; nil otherwise.
    public var integerValue: Int64? {
        guard case .integer(let number) = self else { return nil }
        return number
    }

    /// The Boolean when this is `.bool`; nil otherwise.
    public var boolValue: Bool? {
        guard case .bool(let flag) = self else { return nil }
        return flag
    }

    /// The elements when this is `.array`; nil otherwise.
    public var arrayValue: [JSONValue]? {
        guard case .array(let elements) = self else { return nil }
        return elements
    }

    /// The members when this is `.object`; nil otherwise.
    public var objectValue: [String: JSONValue]? {
        guard case .object(let members) = self else { return nil }
        return members
    }

    /// True when this is `.null`.
    public var isNull: Bool { self == .null }

    /// The name of this value's kind, as used in error messages: `null`, `bool`, `integer`, `number`,
    /// `string`, `array` or `object`.
    public var kindName: String {
        switch self {
        case .null: "null"
        case .bool: "bool"
        case .integer: "integer"
        case .number: "number"
        case .string: "string"
        case .array: "array"
        case .object: "object"
        }
    }
}
