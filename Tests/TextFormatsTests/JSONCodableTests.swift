import Testing

@testable import TextFormats

private struct Factor: Codable, Equatable {
    var code: String
    var weight: UInt8
}

private struct Payload: Codable, Equatable {
    var factors: [Factor]
    var note: String?
    var score: Double
    var counts: [String: Int32]
    var flags: Set<Bool>
    var huge: UInt64
    var raw: JSONValue
}

private struct Envelope: Codable, Equatable {
    var type: String
    var version: Int
    var payload: Payload
}

private let sample = Envelope(
    type: "assessment.completed", version: 2,
    payload: Payload(
        factors: [Factor(code: "2A", weight: 3), Factor(code: "6C", weight: 255)], note: nil, score: 0.1,
        counts: ["visits": -4], flags: [true], huge: .max, raw: .array([.null, .number("1e3")])))

@Test func codableValuesRoundTripThroughJSONValueCanonicalBytesAndParser() throws {
    let encoded = try JSONValueEncoder().encode(sample)
    let bytes = CanonicalJSON.encode(encoded)
    let reparsed = try JSONParser.parse(bytes)
    #expect(reparsed == encoded)
    #expect(try JSONValueDecoder().decode(Envelope.self, from: reparsed) == sample)
    #expect(
        CanonicalJSON.encodeString(encoded)
            == #"{"payload":{"counts":{"visits":-4},"factors":[{"code":"2A","weight":3},{"code":"6C","weight":255}],"#
            + #""flags":[true],"huge":18446744073709551615,"raw":[null,1e3],"score":0.1},"#
            + #""type":"assessment.completed","version":2}"#)
}

@Test func absentOptionalsLeaveTheKeyOutAndDecodeFromMissingOrNull() throws {
    let encoded = try JSONValueEncoder().encode(sample)
    #expect(encoded["payload"]?["note"] == nil)
    var withNull = encoded.objectValue!
    var payload = withNull["payload"]!.objectValue!
    payload["note"] = .null
    withNull["payload"] = .object(payload)
    #expect(try JSONValueDecoder().decode(Envelope.self, from: .object(withNull)).payload.note == nil)
}

@Test(arguments: [
    ("payload.factors[1].weight", JSONValue.integer(256), JSONDecodingError.Reason.valueOutOfRange(type: "UInt8")),
    ("payload.factors[0].code", .integer(7), .typeMismatch(expected: "string", found: "integer")),
    ("payload.counts.visits", .number("1.5"), .typeMismatch(expected: "Int32", found: "number")),
    ("payload.huge", .number("18446744073709551616"), .valueOutOfRange(type: "UInt64")),
    ("payload.score", .number("1e400"), .valueOutOfRange(type: "Double")),
    ("payload.factors", .object([:]), .typeMismatch(expected: "array", found: "object")),
])
func decodingErrorsNameTheFullCodingPath(path: String, replacement: JSONValue, reason: JSONDecodingError.Reason) throws
{
    let encoded = try JSONValueEncoder().encode(sample)
    let broken = encoded.replacing(at: path.split(separator: ".").map(String.init), with: replacement)
    #expect(throws: JSONDecodingError(path: path, reason: reason)) {
        try JSONValueDecoder().decode(Envelope.self, from: broken)
    }
}

@Test func missingKeysAreReportedWithTheContainingPath() throws {
    let value = try JSONParser.parse(#"{"type":"x","version":1,"payload":{"factors":[{"code":"2A"}]}}"#)
    #expect(throws: JSONDecodingError(path: "payload.factors[0]", reason: .keyNotFound("weight"))) {
        try JSONValueDecoder().decode(Envelope.self, from: value)
    }
}

@Test func readingPastTheEndOfAnArrayIsReported() throws {
    #expect(throws: JSONDecodingError(path: "[2]", reason: .arrayTooShort(count: 2))) {
        try JSONValueDecoder().decode(Pair.self, from: .array([.integer(1), .integer(2)]))
    }
}

@Test func standardLibraryDecodingErrorsAreTranslatedWithoutTheValue() throws {
    #expect(throws: JSONDecodingError(path: "kind", reason: .invalidValue(detail: "refused by the decoded type"))) {
        try JSONValueDecoder().decode(Tagged.self, from: .object(["kind": .string("secret-value")]))
    }
}

@Test func nonFiniteNumbersCannotBeEncoded() {
    #expect(throws: JSONEncodingError(path: "[1]", reason: .nonFiniteNumber)) {
        try JSONValueEncoder().encode([1.0, .infinity])
    }
}

@Test func handWrittenContainersSuperEncodersAndNestingRoundTrip() throws {
    let value = Pair(first: 7, second: -1, extra: ["k": [true, false]])
    let encoded = try JSONValueEncoder().encode(value)
    #expect(CanonicalJSON.encodeString(encoded) == #"[7,-1,{"k":[true,false]},{"base":{"super":"B"}},null]"#)
    #expect(try JSONValueDecoder().decode(Pair.self, from: encoded) == value)
}

@Test(arguments: [Int64.min, -1, 0, Int64.max])
func integersOfEveryWidthRoundTrip(number: Int64) throws {
    let encoded = try JSONValueEncoder().encode(number)
    #expect(encoded == .integer(number))
    #expect(try JSONValueDecoder().decode(Int64.self, from: encoded) == number)
    let unsigned = try? JSONValueDecoder().decode(UInt64.self, from: encoded)
    #expect(unsigned == UInt64(exactly: number))
}

/// Exercises unkeyed, nested keyed and super coders by hand.
private struct Pair: Codable, Equatable {
    var first: Int16
    var second: Int
    var extra: [String: [Bool]] = [:]

    private enum BaseKey: String, CodingKey { case base }

    init(first: Int16, second: Int, extra: [String: [Bool]]) {
        (self.first, self.second, self.extra) = (first, second, extra)
    }

    init(from decoder: any Decoder) throws {
        var container = try decoder.unkeyedContainer()
        first = try container.decode(Int16.self)
        second = try container.decode(Int.self)
        extra = try container.decode([String: [Bool]].self)
        let nested = try container.nestedContainer(keyedBy: BaseKey.self)
        let base = try nested.nestedContainer(keyedBy: JSONCodingPath.SuperKeyForTests.self, forKey: .base)
        _ = try String(from: base.superDecoder())
        #expect(try container.decodeNil())
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.unkeyedContainer()
        try container.encode(first)
        try container.encode(second)
        try container.encode(extra)
        var nested = container.nestedContainer(keyedBy: BaseKey.self)
        var base = nested.nestedContainer(keyedBy: JSONCodingPath.SuperKeyForTests.self, forKey: .base)
        try "B".encode(to: base.superEncoder())
        try container.encodeNil()
    }
}

private struct Tagged: Codable {
    enum Kind: String, Codable { case known }
    var kind: Kind
}

extension JSONCodingPath {
    enum SuperKeyForTests: String, CodingKey { case unused }
}

extension JSONValue {
    /// A copy with the value at a dotted path (`a.b[2].c` split on dots) replaced.
    func replacing(at path: [String], with replacement: JSONValue) -> JSONValue {
        guard let head = path.first else { return replacement }
        let rest = Array(path.dropFirst())
        if let bracket = head.firstIndex(of: "[") {
            let key = String(head[..<bracket])
            let index = Int(head[head.index(after: bracket)...].dropLast())!
            var elements = self[key]!.arrayValue!
            elements[index] = elements[index].replacing(at: rest, with: replacement)
            var members = objectValue!
            members[key] = .array(elements)
            return .object(members)
        }
        var members = objectValue!
        members[head] = members[head]!.replacing(at: rest, with: replacement)
        return .object(members)
    }
}
