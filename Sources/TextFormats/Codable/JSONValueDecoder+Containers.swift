/// The keyed container of `ValueDecoder`: reads members of an object.
struct KeyedDecoding<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let decoder: ValueDecoder
    let members: [String: JSONValue]
    /// The object's rendered path in a strict decode (every key asked for is marked read); nil otherwise.
    let readsPath: String?
    var codingPath: [any CodingKey] { decoder.codingPath }
    var allKeys: [Key] { members.keys.compactMap { Key(stringValue: $0) } }

    func contains(_ key: Key) -> Bool {
        markRead(key)
        return members[key.stringValue] != nil
    }

    /// True when the member is absent or `null`.
    func decodeNil(forKey key: Key) throws -> Bool {
        markRead(key)
        return (members[key.stringValue] ?? .null) == .null
    }

    /// Unboxes a primitive straight from the member (no child decoder, and the coding path is built only
    /// for an error); decodes anything else through a child decoder.
    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        markRead(key)
        guard let member = members[key.stringValue] else { throw keyNotFound(key) }
        if let primitive = try JSONPrimitive.unbox(member, as: type, at: codingPath + [key]) { return primitive }
        return try T(from: decoder.child(member, key: key))
    }

    func nestedContainer<NestedKey: CodingKey>(
        keyedBy type: NestedKey.Type, forKey key: Key
    ) throws -> KeyedDecodingContainer<NestedKey> {
        try childDecoder(key).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try childDecoder(key).unkeyedContainer()
    }

    /// The member `super`, or `null` when absent.
    func superDecoder() throws -> any Decoder {
        let key = JSONCodingPath.SuperKey()
        if let readsPath { decoder.reads?.read(key.stringValue, at: readsPath) }
        return decoder.child(members[key.stringValue] ?? .null, key: key)
    }

    /// The member `key`, or `null` when absent.
    func superDecoder(forKey key: Key) throws -> any Decoder {
        markRead(key)
        return decoder.child(members[key.stringValue] ?? .null, key: key)
    }

    private func childDecoder(_ key: Key) throws(JSONDecodingError) -> ValueDecoder {
        markRead(key)
        guard let member = members[key.stringValue] else { throw keyNotFound(key) }
        return decoder.child(member, key: key)
    }

    private func markRead(_ key: Key) {
        if let readsPath { decoder.reads?.read(key.stringValue, at: readsPath) }
    }

    private func keyNotFound(_ key: Key) -> JSONDecodingError {
        JSONDecodingError(.keyNotFound(key.stringValue), at: codingPath)
    }
}

/// The unkeyed container of `ValueDecoder`: reads the elements of an array in order.
struct UnkeyedDecoding: UnkeyedDecodingContainer {
    let decoder: ValueDecoder
    let elements: [JSONValue]
    private(set) var currentIndex = 0

    init(decoder: ValueDecoder, elements: [JSONValue]) {
        self.decoder = decoder
        self.elements = elements
    }

    var codingPath: [any CodingKey] { decoder.codingPath }
    var count: Int? { elements.count }
    var isAtEnd: Bool { currentIndex >= elements.count }

    /// Consumes the next element when it is `null`.
    mutating func decodeNil() throws -> Bool {
        guard try nextDecoder(peek: true).value == .null else { return false }
        currentIndex += 1
        return true
    }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
        let value = try nextDecoder(peek: true).decode(type)
        currentIndex += 1  // only after success, so a failed element can be retried as another type
        return value
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy type: NestedKey.Type
    ) throws -> KeyedDecodingContainer<NestedKey> {
        try nextDecoder(peek: false).container(keyedBy: type)
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        try nextDecoder(peek: false).unkeyedContainer()
    }

    mutating func superDecoder() throws -> any Decoder { try nextDecoder(peek: false) }

    /// A decoder for the current element; advances past it unless `peek`.
    private mutating func nextDecoder(peek: Bool) throws(JSONDecodingError) -> ValueDecoder {
        guard !isAtEnd else {
            let path = codingPath + [JSONCodingPath.IndexKey(currentIndex)]
            throw JSONDecodingError(.arrayTooShort(count: elements.count), at: path)
        }
        let child = decoder.child(elements[currentIndex], key: JSONCodingPath.IndexKey(currentIndex))
        if !peek { currentIndex += 1 }
        return child
    }
}
