/// A `Decoder` that reads no data: it walks a type's `init(from:)` and writes down every key it is asked
/// for, with the kind of value and whether the key was optional (`decodeIfPresent` asks `contains` first).
///
/// Required values get a placeholder so decoding can go on to the next key: `""`, `0`, `false`, the
/// first code of a code list, a `FieldPlaceholder`, an empty array, or a nested type walked the same way.
final class FieldRecorder {
    /// The fields asked for, in the order the type asked for them.
    private(set) var fields: [EventField] = []
    /// Keys asked for with `contains` (the first step of `decodeIfPresent`).
    private var optionalKeys: Set<String> = []
    /// The container the walked type asked for: a keyed one makes an object, an unkeyed one a list.
    fileprivate var requestedKind: EventField.Kind?

    /// The top-level fields of `type`.
    ///
    /// - Throws: `FieldRecordingError` when the type decodes a single value of a type without a placeholder.
    static func fields<T: Decodable>(of type: T.Type) throws -> [EventField] {
        let recorder = FieldRecorder()
        _ = try T(from: RecordingDecoder(recorder: recorder, codingPath: []))
        return recorder.fields
    }

    fileprivate func markOptional(_ key: String) { optionalKeys.insert(key) }

    fileprivate func record(_ key: String, kind: EventField.Kind) {
        guard !fields.contains(where: { $0.name == key }) else { return }
        fields.append(EventField(name: key, kind: kind, isOptional: optionalKeys.contains(key)))
    }

    /// A placeholder for a value of type `T` and its kind; nested types are walked by a fresh recorder.
    fileprivate static func placeholder<T: Decodable>(_ type: T.Type, codingPath: [any CodingKey]) throws -> (
        T, EventField.Kind
    ) {
        if let code = T.self as? any CodeList.Type, let (first, kind) = codes(code) as? (T, EventField.Kind) {
            return (first, kind)
        }
        if let leaf = T.self as? any FieldPlaceholder.Type, let value = leaf.fieldPlaceholder as? T {
            return (value, leaf.fieldKind)
        }
        let nested = FieldRecorder()
        let value = try T(from: RecordingDecoder(recorder: nested, codingPath: codingPath))
        return (value, nested.requestedKind ?? .object)
    }

    /// The first code of a list (every list has one) and the list's kind.
    private static func codes<C: CodeList>(_ type: C.Type) -> (C, EventField.Kind) {
        (type.allCases.first!, .code(list: type.listName, values: type.allCases.map(\.rawValue)))
    }
}

/// A type decoded a single value the field recorder has no placeholder for.
struct FieldRecordingError: Error, CustomStringConvertible {
    /// The coding path where it happened.
    var path: String
    /// `data.when: no placeholder for a single value`.
    var description: String { "\(path): no placeholder for a single value (conform its type to FieldPlaceholder)" }
}

private struct RecordingDecoder: Decoder {
    let recorder: FieldRecorder
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        if recorder.requestedKind == nil { recorder.requestedKind = .object }
        return KeyedDecodingContainer(RecordingKeyedContainer<Key>(recorder: recorder, codingPath: codingPath))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        if recorder.requestedKind == nil { recorder.requestedKind = .list }
        return EmptyUnkeyedContainer(codingPath: codingPath)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        throw FieldRecordingError(path: CodingPathText.render(codingPath))
    }
}

private struct RecordingKeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let recorder: FieldRecorder
    let codingPath: [any CodingKey]
    var allKeys: [Key] { [] }

    func contains(_ key: Key) -> Bool {
        recorder.markOptional(key.stringValue)
        return true
    }

    func decodeNil(forKey key: Key) throws -> Bool { false }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        let (value, kind) = try FieldRecorder.placeholder(type, codingPath: codingPath + [key])
        recorder.record(key.stringValue, kind: kind)
        return value
    }

    func decode(_ type: String.Type, forKey key: Key) throws -> String { scalar("", .text, key) }
    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { scalar(false, .boolean, key) }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { scalar(0, .number, key) }
    func decode(_ type: Float.Type, forKey key: Key) throws -> Float { scalar(0, .number, key) }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { scalar(0, .integer, key) }
    func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { scalar(0, .integer, key) }
    func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { scalar(0, .integer, key) }
    func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { scalar(0, .integer, key) }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { scalar(0, .integer, key) }
    func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { scalar(0, .integer, key) }
    func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { scalar(0, .integer, key) }
    func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { scalar(0, .integer, key) }
    func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { scalar(0, .integer, key) }
    func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { scalar(0, .integer, key) }

    private func scalar<T>(_ value: T, _ kind: EventField.Kind, _ key: Key) -> T {
        recorder.record(key.stringValue, kind: kind)
        return value
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws
        -> KeyedDecodingContainer<NestedKey>
    {
        recorder.record(key.stringValue, kind: .object)
        return KeyedDecodingContainer(
            RecordingKeyedContainer<NestedKey>(recorder: FieldRecorder(), codingPath: codingPath + [key]))
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        recorder.record(key.stringValue, kind: .list)
        return EmptyUnkeyedContainer(codingPath: codingPath + [key])
    }

    func superDecoder() throws -> any Decoder { RecordingDecoder(recorder: FieldRecorder(), codingPath: codingPath) }

    func superDecoder(forKey key: Key) throws -> any Decoder {
        recorder.record(key.stringValue, kind: .object)
        return RecordingDecoder(recorder: FieldRecorder(), codingPath: codingPath + [key])
    }
}

/// An array with no elements: lists need no placeholder elements.
private struct EmptyUnkeyedContainer: UnkeyedDecodingContainer {
    let codingPath: [any CodingKey]
    var count: Int? { 0 }
    var isAtEnd: Bool { true }
    var currentIndex: Int { 0 }

    private func atEnd() -> DecodingError {
        DecodingError.valueNotFound(Any.self, .init(codingPath: codingPath, debugDescription: "empty list"))
    }

    mutating func decodeNil() throws -> Bool { throw atEnd() }
    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T { throw atEnd() }
    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws
        -> KeyedDecodingContainer<NestedKey>
    { throw atEnd() }
    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer { throw atEnd() }
    mutating func superDecoder() throws -> any Decoder { throw atEnd() }
}
