/// A closed list of codes spelled exactly as the source (DfE CIN census or the ledger's own lists) spells them.
///
/// Decoding a string that is not in the list throws `UnknownCodeError` naming the list, the coding path and
/// the offending value (a code, never free text; truncated to `UnknownCodeError.valueDisplayLengthMax`).
public protocol CodeList: RawRepresentable, CaseIterable, Codable, Hashable, Sendable where RawValue == String {
    /// The list's name as used in errors and docs, e.g. `ReferralSource`.
    static var listName: String { get }
}

extension CodeList {
    /// Decodes one code, or throws `UnknownCodeError` naming the field and the value.
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        self = try Self(code: text, field: CodingPathText.render(decoder.codingPath))
    }

    /// Encodes the code string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    /// Parses a code string (exact spelling), or throws `UnknownCodeError` naming `field` and the value.
    public init(code text: String, field: String) throws(UnknownCodeError) {
        guard let value = Self(rawValue: text) else {
            throw UnknownCodeError(list: Self.listName, field: field, value: text)
        }
        self = value
    }
}

/// A code string that is not in its code list.
public struct UnknownCodeError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Longest prefix of an unknown value repeated in the error, so that misplaced free text cannot leak.
    public static let valueDisplayLengthMax = 16

    /// The code list, e.g. `ReferralSource`.
    public var list: String
    /// The coding path of the field, e.g. `data.factors[2]`.
    public var field: String
    /// The offending value, truncated to `valueDisplayLengthMax` characters.
    public var value: String

    /// Creates the error, truncating `value`.
    public init(list: String, field: String, value: String) {
        self.list = list
        self.field = field
        self.value = String(value.prefix(UnknownCodeError.valueDisplayLengthMax))
    }

    /// `data.source: "5E" is not a ReferralSource code`.
    public var description: String { "\(field): \"\(value)\" is not a \(list) code" }
}

/// Renders a Codable coding path as `data.factors[2]`.
enum CodingPathText {
    static func render(_ path: [any CodingKey]) -> String {
        var text = ""
        for key in path {
            if let index = key.intValue {
                text += "[\(index)]"
            } else {
                text += text.isEmpty ? key.stringValue : "." + key.stringValue
            }
        }
        return text
    }
}
