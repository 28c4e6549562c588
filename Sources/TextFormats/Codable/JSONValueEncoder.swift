/// Encodes any `Encodable` value to a `JSONValue`, ready for `CanonicalJSON` or `PrettyJSON`.
///
/// - `nil` optionals written with `encodeIfPresent` (what synthesised `Codable` does) leave the key out, so
///   adding an optional field does not change the canonical bytes of values that lack it. An explicit
///   `encodeNil` writes `null`.
/// - Integers that fit in `Int64` become `.integer`; larger `UInt64` values become `.number` text.
/// - `Double` and `Float` become `.number` with Swift's shortest round-tripping text (`0.1`, `3.0`, `1e-05`);
///   NaN and infinities throw `JSONEncodingError`.
/// - A `JSONValue` nested anywhere is copied in as it is.
/// - Dictionaries become objects (sorted later by the writers), but a `Set` becomes an array in the set's
///   iteration order, which changes from process to process: sort before encoding anything hashed.
public struct JSONValueEncoder: Sendable {
    /// Values passed to `encode(to:)` implementations as `encoder.userInfo`.
    public var userInfo: [CodingUserInfoKey: any Sendable] = [:]

    /// Creates an encoder.
    public init() {}

    /// Encodes `value` to a `JSONValue`.
    ///
    /// - Throws: `JSONEncodingError` (with the coding path) for non-finite numbers or a value that encodes
    ///   nothing, or any error thrown by the value's own `encode(to:)`.
    public func encode<T: Encodable>(_ value: T) throws -> JSONValue {
        let root = EncodingNode()
        let encoder = ValueEncoder(node: root, codingPath: [], userInfo: userInfo)
        try encoder.store(value)
        guard let result = root.finished() else { throw JSONEncodingError(.nothingEncoded, at: []) }
        return result
    }
}

/// A value under construction. A reference type, because containers handed out by an encoder must keep
/// writing into the same place after the call that created them returns.
final class EncodingNode {
    enum Kind { case empty, scalar, object, array }
    private(set) var kind = Kind.empty
    private var scalar = JSONValue.null
    private var members: [String: Member] = [:]
    /// An object member: a primitive already boxed, or a node still being encoded.
    private enum Member {
        case value(JSONValue)
        case node(EncodingNode)

        var finished: JSONValue? {
            switch self {
            case .value(let value): value
            case .node(let node): node.finished()
            }
        }
    }
    private var elements: [EncodingNode] = []

    init() {}

    func setScalar(_ value: JSONValue) {
        kind = .scalar
        scalar = value
    }

    /// Returns the member node for `key`, creating it; turns an empty node into an object.
    func member(_ key: String) -> EncodingNode {
        becomeObject()
        let node = EncodingNode()
        members[key] = .node(node)
        return node
    }

    /// Sets the member `key` to a finished value (a primitive needs no node of its own); turns an empty
    /// node into an object.
    func setMember(_ key: String, to value: JSONValue) {
        becomeObject()
        members[key] = .value(value)
    }

    /// Appends and returns a new element node; turns an empty node into an array.
    func appendElement() -> EncodingNode {
        becomeArray()
        let node = EncodingNode()
        elements.append(node)
        return node
    }

    var elementCount: Int { elements.count }

    func becomeObject() {
        precondition(kind == .empty || kind == .object, "a keyed container was requested after other content")
        kind = .object
    }

    func becomeArray() {
        precondition(kind == .empty || kind == .array, "an unkeyed container was requested after other content")
        kind = .array
    }

    /// The finished value; nil when nothing was written. Members that wrote nothing are left out; elements
    /// that wrote nothing become `{}` so that indices are kept.
    func finished() -> JSONValue? {
        switch kind {
        case .empty: nil
        case .scalar: scalar
        case .object: .object(members.compactMapValues(\.finished))
        case .array: .array(elements.map { $0.finished() ?? .object([:]) })
        }
    }
}

/// The `Encoder` handed to `encode(to:)`; also its own single-value container.
struct ValueEncoder: Encoder, SingleValueEncodingContainer {
    let node: EncodingNode
    let codingPath: [any CodingKey]
    let sendableUserInfo: [CodingUserInfoKey: any Sendable]

    init(node: EncodingNode, codingPath: [any CodingKey], userInfo: [CodingUserInfoKey: any Sendable]) {
        self.node = node
        self.codingPath = codingPath
        self.sendableUserInfo = userInfo
    }

    var userInfo: [CodingUserInfoKey: Any] { sendableUserInfo }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        node.becomeObject()
        return KeyedEncodingContainer(KeyedEncoding<Key>(encoder: self))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        node.becomeArray()
        return UnkeyedEncoding(encoder: self)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { self }

    func encodeNil() throws { node.setScalar(.null) }

    func encode<T: Encodable>(_ value: T) throws { try store(value) }

    /// Writes `value` into this encoder's node: primitives directly, anything else through `encode(to:)`.
    func store<T: Encodable>(_ value: T) throws {
        if let primitive = try JSONPrimitive.box(value, at: codingPath) {
            node.setScalar(primitive)
        } else {
            try value.encode(to: self)
        }
    }

    /// An encoder for a child node one key deeper.
    func child(_ node: EncodingNode, key: any CodingKey) -> ValueEncoder {
        ValueEncoder(node: node, codingPath: codingPath + [key], userInfo: sendableUserInfo)
    }
}
