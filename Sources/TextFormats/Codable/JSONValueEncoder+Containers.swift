/// The keyed container of `ValueEncoder`: writes members of an object node.
struct KeyedEncoding<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let encoder: ValueEncoder
    var codingPath: [any CodingKey] { encoder.codingPath }

    private func childEncoder(_ key: any CodingKey) -> ValueEncoder {
        encoder.child(encoder.node.member(key.stringValue), key: key)
    }

    mutating func encodeNil(forKey key: Key) throws { childEncoder(key).node.setScalar(.null) }

    /// Boxes a primitive straight into the member (no child encoder, and the coding path is built only for
    /// an error); encodes anything else through a child encoder.
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        if let primitive = try JSONPrimitive.box(value, at: codingPath + [key]) {
            encoder.node.setMember(key.stringValue, to: primitive)
        } else {
            try value.encode(to: childEncoder(key))
        }
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type, forKey key: Key
    ) -> KeyedEncodingContainer<NestedKey> {
        childEncoder(key).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        childEncoder(key).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder { childEncoder(JSONCodingPath.SuperKey()) }

    mutating func superEncoder(forKey key: Key) -> any Encoder { childEncoder(key) }
}

/// The unkeyed container of `ValueEncoder`: appends elements to an array node.
struct UnkeyedEncoding: UnkeyedEncodingContainer {
    let encoder: ValueEncoder
    var codingPath: [any CodingKey] { encoder.codingPath }
    var count: Int { encoder.node.elementCount }

    private func nextEncoder() -> ValueEncoder {
        let key = JSONCodingPath.IndexKey(count)
        return encoder.child(encoder.node.appendElement(), key: key)
    }

    mutating func encodeNil() throws { nextEncoder().node.setScalar(.null) }

    mutating func encode<T: Encodable>(_ value: T) throws { try nextEncoder().store(value) }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type
    ) -> KeyedEncodingContainer<NestedKey> {
        nextEncoder().container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer { nextEncoder().unkeyedContainer() }

    mutating func superEncoder() -> any Encoder { nextEncoder() }
}
