import SeededRandom
import Testing

@testable import TextFormats

/// The worked example in docs/canonical-json.md, bytes included.
@Test func canonicalFormSortsKeysAndDropsWhitespace() throws {
    let value = try JSONParser.parse(#"{ "b": [1, {"z": null, "a": true}], "a": "x\n", "": -5 }"#)
    #expect(CanonicalJSON.encodeString(value) == #"{"":-5,"a":"x\n","b":[1,{"a":true,"z":null}]}"#)
    let hex = CanonicalJSON.encode(value).map { String($0, radix: 16) }.joined(separator: " ")
    #expect(
        hex == "7b 22 22 3a 2d 35 2c 22 61 22 3a 22 78 5c 6e 22 2c 22 62 22 3a 5b 31 2c 7b 22 61 22 3a 74 72 75 65 2c "
            + "22 7a 22 3a 6e 75 6c 6c 7d 5d 7d")
}

/// The string part of the sample in cyberphone/json-canonicalization's README (the RFC 8785 reference
/// implementation): escapes are resolved, controls written as `\n` or lower-case `\u000f`, `/` and `€` raw.
@Test func canonicalStringsMatchTheRFC8785EscapingSample() throws {
    let value = try JSONParser.parse(
        #"{"escaping": "\u20ac$\u000F\u000aA'\u0042\u0022\u005c\\\"\/", "other": [null, true, false]}"#)
    let expected = #"{"escaping":"€$\u000f\nA'B\"\\\\\"/","other":[null,true,false]}"#
    #expect(CanonicalJSON.encodeString(value) == expected)
    #expect(CanonicalJSON.encode(value) == Array(expected.utf8))
}

@Test(arguments: [
    ("\u{0}\u{8}\u{9}\u{A}\u{B}\u{C}\u{D}\u{1F}", #""\u0000\b\t\n\u000b\f\r\u001f""#),
    ("\u{7F}\u{2028}\u{1F600}", "\"\u{7F}\u{2028}\u{1F600}\""),
])
func canonicalStringsEscapeOnlyQuotesBackslashesAndControls(text: String, expected: String) {
    #expect(CanonicalJSON.encodeString(.string(text)) == expected)
}

@Test func canonicalKeysSortByUTF8BytesNotUTF16Units() {
    // U+FF61 sorts before U+1F600 by UTF-8/code point, after it by UTF-16 (RFC 8785): documented difference.
    let value = JSONValue.object([
        "\u{1F600}": .integer(1), "\u{FF61}": .integer(2), "a": .integer(3), "B": .integer(4),
    ])
    #expect(CanonicalJSON.encodeString(value) == "{\"B\":4,\"a\":3,\"\u{FF61}\":2,\"\u{1F600}\":1}")
}

@Test(arguments: [
    JSONValue.integer(.min), .integer(.max), .integer(0), .number("1.50e-3"), .number("18446744073709551615"),
])
func canonicalNumbersAreWrittenAsPlainDecimalOrTheirSourceText(value: JSONValue) throws {
    #expect(try JSONParser.parse(CanonicalJSON.encode(value)) == value)
}

@Test func canonicalBytesRoundTripThroughTheParser() throws {
    var generator = SplitMix64(seed: 20_240_501)
    for _ in 0..<200 {
        let value = JSONValue.random(depth: 4, using: &generator)
        let bytes = CanonicalJSON.encode(value)
        let reparsed = try JSONParser.parse(bytes)
        #expect(reparsed == value, "seed 20240501")
        #expect(CanonicalJSON.encode(reparsed) == bytes)
        #expect(try JSONParser.parse(PrettyJSON.encode(value, indent: 3)) == value)
    }
}

@Test func prettyOutputIsIndentedAndSorted() {
    let value = JSONValue.object(["b": .array([.integer(1), .object([:])]), "a": .array([])])
    #expect(PrettyJSON.encode(value) == "{\n  \"a\": [],\n  \"b\": [\n    1,\n    {}\n  ]\n}")
}

@Test func encodingNumberTextThatIsNotJSONTraps() async {
    await #expect(processExitsWith: .failure) {
        _ = CanonicalJSON.encode(.number("NaN"))
    }
}
