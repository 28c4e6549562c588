// The three container kinds of `CSVCellDecoder`. Scalars parse the cell text; everything else recurses.

struct CSVKeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let decoder: CSVCellDecoder
    let prefix: String

    var codingPath: [any CodingKey] { decoder.codingPath }
    var allKeys: [Key] { decoder.row.keys(under: prefix).compactMap { Key(stringValue: $0) } }

    func contains(_ key: Key) -> Bool { decoder.row.hasValue(at: CSVCellDecoder.column(prefix, key.stringValue)) }
    func decodeNil(forKey key: Key) throws -> Bool { !contains(key) }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        try T(from: decoder.child(key, prefix: prefix))
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws
        -> KeyedDecodingContainer<NestedKey>
    {
        try decoder.child(key, prefix: prefix).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try decoder.child(key, prefix: prefix).unkeyedContainer()
    }

    func superDecoder() throws -> any Decoder { decoder }
    func superDecoder(forKey key: Key) throws -> any Decoder { decoder.child(key, prefix: prefix) }
}

struct CSVListContainer: UnkeyedDecodingContainer {
    let decoder: CSVCellDecoder
    let items: [String]
    private(set) var currentIndex = 0

    init(decoder: CSVCellDecoder, items: [String]) {
        self.decoder = decoder
        self.items = items
    }

    var codingPath: [any CodingKey] { decoder.codingPath }
    var count: Int? { items.count }
    var isAtEnd: Bool { currentIndex >= items.count }

    mutating func decodeNil() throws -> Bool { false }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
        guard !isAtEnd else {
            throw DecodingError.valueNotFound(
                type, DecodingError.Context(codingPath: codingPath, debugDescription: "list too short"))
        }
        let item = CSVCellDecoder(
            row: decoder.row, source: .item(items[currentIndex]), codingPath: codingPath + [ListIndex(currentIndex)])
        currentIndex += 1
        return try T(from: item)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws
        -> KeyedDecodingContainer<NestedKey>
    {
        throw decoder.mismatch("a scalar list item")
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        throw decoder.mismatch("a scalar list item")
    }

    mutating func superDecoder() throws -> any Decoder { decoder }
}

struct CSVScalarContainer: SingleValueDecodingContainer {
    let decoder: CSVCellDecoder
    var codingPath: [any CodingKey] { decoder.codingPath }

    func decodeNil() -> Bool { decoder.text() == nil }

    func decode(_ type: String.Type) throws -> String { try required(type) }

    func decode(_ type: Bool.Type) throws -> Bool {
        switch try required(type) {
        case "true": return true
        case "false": return false
        default: throw decoder.mismatch("true or false")
        }
    }

    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        if type == String.self { return try decode(String.self) as! T }
        if type == Bool.self { return try decode(Bool.self) as! T }
        if let integer = type as? any FixedWidthInteger.Type { return try parse(integer) as! T }
        if type == Double.self { return try parse(Double.self) as! T }
        return try T(from: decoder)
    }

    private func parse<T: LosslessStringConvertible>(_ type: T.Type) throws -> T {
        guard let value = T(try required(type)) else { throw decoder.mismatch("a number") }
        return value
    }

    private func required<T>(_ type: T.Type) throws -> String {
        guard let text = decoder.text() else {
            throw DecodingError.valueNotFound(
                type, DecodingError.Context(codingPath: codingPath, debugDescription: "empty"))
        }
        return text
    }
}

/// A coding key for a list position.
struct ListIndex: CodingKey {
    let intValue: Int?
    var stringValue: String { String(intValue ?? 0) }
    init(_ index: Int) { intValue = index }
    init?(intValue: Int) { self.intValue = intValue }
    init?(stringValue: String) { nil }
}
