/// Decodes any `Decodable` type from a `JSONValue`.
///
/// - A missing key or `null` decodes as `nil` for optionals (`decodeIfPresent`).
/// - Integer types are range-checked: `.integer` must fit, and `.number` text is accepted only when it is a
///   plain integer that fits (for `UInt64` values above `Int64.max`).
/// - `Double` and `Float` accept `.integer` and `.number`; a number too large for the type is refused.
/// - Errors are `JSONDecodingError` with the full coding path (`payload.factors[2]`). A `DecodingError`
///   thrown by a type's own `init(from:)` is converted to one too; its message is dropped, because standard
///   library messages quote the refused value.
public struct JSONValueDecoder: Sendable {
    /// Values passed to `init(from:)` implementations as `decoder.userInfo`.
    public var userInfo: [CodingUserInfoKey: any Sendable] = [:]
    /// When true, a member of an object that the decoded types never read (a misspelt or unknown key) is an
    /// error (`.unknownKey`, at the object's path) instead of being ignored. Objects decoded as a whole
    /// `JSONValue` are not checked. Off by default: it costs a set of read keys per object.
    public var rejectsUnknownKeys = false

    /// Creates a decoder.
    public init() {}

    /// Decodes a `T` from `value`.
    ///
    /// - Throws: `JSONDecodingError` naming the coding path and the reason.
    public func decode<T: Decodable>(_ type: T.Type, from value: JSONValue) throws -> T {
        let reads = rejectsUnknownKeys ? JSONKeyReads() : nil
        do {
            let decoded = try ValueDecoder(value: value, codingPath: [], userInfo: userInfo, reads: reads).decode(type)
            if let unread = reads?.firstUnread() { throw unread }
            return decoded
        } catch let error as DecodingError {
            throw JSONValueDecoder.translate(error)
        }
    }

    private static func translate(_ error: DecodingError) -> JSONDecodingError {
        switch error {
        case .keyNotFound(let key, let context):
            JSONDecodingError(.keyNotFound(key.stringValue), at: context.codingPath)
        case .typeMismatch(let type, let context), .valueNotFound(let type, let context):
            JSONDecodingError(.invalidValue(detail: "not a valid \(type)"), at: context.codingPath)
        case .dataCorrupted(let context):
            JSONDecodingError(.invalidValue(detail: "refused by the decoded type"), at: context.codingPath)
        @unknown default:
            JSONDecodingError(.invalidValue(detail: "refused by the decoded type"), at: [])
        }
    }
}

/// The `Decoder` handed to `init(from:)`; also its own single-value container.
struct ValueDecoder: Decoder, SingleValueDecodingContainer {
    let value: JSONValue
    let codingPath: [any CodingKey]
    let sendableUserInfo: [CodingUserInfoKey: any Sendable]
    /// The read-key record of a strict decode; nil otherwise.
    let reads: JSONKeyReads?

    init(
        value: JSONValue, codingPath: [any CodingKey], userInfo: [CodingUserInfoKey: any Sendable],
        reads: JSONKeyReads? = nil
    ) {
        self.value = value
        self.codingPath = codingPath
        self.sendableUserInfo = userInfo
        self.reads = reads
    }

    var userInfo: [CodingUserInfoKey: Any] { sendableUserInfo }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard case .object(let members) = value else { throw mismatch(expected: "object") }
        let path = reads.map { reads in
            let path = JSONCodingPath.render(codingPath)
            reads.open(path, keys: members.keys)
            return path
        }
        return KeyedDecodingContainer(KeyedDecoding<Key>(decoder: self, members: members, readsPath: path))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard case .array(let elements) = value else { throw mismatch(expected: "array") }
        return UnkeyedDecoding(decoder: self, elements: elements)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer { self }

    func decodeNil() -> Bool { value == .null }

    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        if let primitive = try JSONPrimitive.unbox(value, as: type, at: codingPath) { return primitive }
        return try T(from: self)
    }

    func mismatch(expected: String) -> JSONDecodingError {
        JSONDecodingError(.typeMismatch(expected: expected, found: value.kindName), at: codingPath)
    }

    /// A decoder for `child` one key deeper.
    func child(_ child: JSONValue, key: any CodingKey) -> ValueDecoder {
        ValueDecoder(value: child, codingPath: codingPath + [key], userInfo: sendableUserInfo, reads: reads)
    }
}
