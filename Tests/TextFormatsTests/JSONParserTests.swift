import Testing

@testable import TextFormats

// Cases from nst/JSONTestSuite (test_parsing/), named by their file: `y_` texts must parse, `n_` must fail.
// y_object_duplicated_key.json is deliberately not here: this parser refuses duplicate keys by design.
@Test(arguments: [
    ("y_array_arraysWithSpaces", "[[]   ]"),
    ("y_array_empty", "[]"),
    ("y_array_empty-string", #"[""]"#),
    ("y_array_heterogeneous", #"[null, 1, "1", {}]"#),
    ("y_number_negative_zero", "[-0]"),
    ("y_number_real_capital_e", "[1E22]"),
    ("y_number_real_exponent", "[123e45]"),
    ("y_object_empty_key", #"{"":0}"#),
    ("y_object_simple", #"{"a":[]}"#),
    ("y_string_surrogates_U+1D11E_MUSICAL_SYMBOL_G_CLEF", #"["\uD834\uDd1e"]"#),
    ("y_string_unicode_escaped_double_quote", #"["\u0022"]"#),
    ("y_string_escaped_control_character", #"["\u0012"]"#),
    ("y_string_unescaped_char_delete", "[\"a\u{7F}a\"]"),
    ("y_string_nonCharacterInUTF-8_U+FFFF", "[\"\u{FFFF}\"]"),
    ("y_structure_lonely_int", "42"),
    ("y_structure_lonely_null", "null"),
    ("y_structure_trailing_newline", "[\"a\"]\n"),
    ("y_structure_whitespace_array", " [] "),
])
func jsonTestSuiteAcceptedCasesParse(name: String, text: String) throws {
    _ = try JSONParser.parse(text)
}

@Test(arguments: [
    ("n_array_extra_comma", #"["",]"#),
    ("n_array_1_true_without_comma", "[1 true]"),
    ("n_array_unclosed", #"["""#),
    ("n_number_-01", "[-01]"),
    ("n_number_00.0", "00.0"),
    ("n_number_+1", "[+1]"),
    ("n_number_real_without_fractional_part", "[1.]"),
    ("n_number_starting_with_dot", "[.123]"),
    ("n_number_infinity", "[Infinity]"),
    ("n_number_NaN", "[NaN]"),
    ("n_number_0_capital_E", "[0E]"),
    ("n_object_trailing_comma", #"{"id":0,}"#),
    ("n_object_unquoted_key", #"{a: "b"}"#),
    ("n_object_single_quote", "{'a':0}"),
    ("n_object_missing_colon", #"{"a" b}"#),
    ("n_string_single_quote", "['single quote']"),
    ("n_string_unescaped_tab", "[\"\t\"]"),
    ("n_string_escape_x", #"["\x00"]"#),
    ("n_string_invalid_backslash_esc", #"["\a"]"#),
    ("n_string_incomplete_escaped_character", #"["\u00A"]"#),
    ("n_structure_no_data", ""),
    ("n_structure_close_unopened_array", "1]"),
    ("n_structure_double_array", "[][]"),
    ("n_structure_unclosed_array", "[1"),
    ("n_structure_object_with_comment", #"{"a":/*comment*/"b"}"#),
    ("n_structure_UTF8_BOM_no_data", "\u{FEFF}"),
    ("n_incomplete_true", "[tru]"),
    // i_ cases (implementation-defined) that this parser refuses on purpose:
    ("i_string_1st_surrogate_but_2nd_missing", #"["\uDADA"]"#),
    ("i_string_lone_second_surrogate", #"["\uDFAA"]"#),
    ("i_string_inverted_surrogates_U+1D11E", #"["\uDd1e\uD834"]"#),
])
func jsonTestSuiteRefusedCasesFail(name: String, text: String) {
    #expect(throws: JSONSyntaxError.self) { try JSONParser.parse(text) }
}

@Test(
    arguments: [
        ("overlong slash", [0x22, 0xC0, 0xAF, 0x22]),
        ("encoded surrogate U+D800", [0x22, 0xED, 0xA0, 0x80, 0x22]),
        ("above U+10FFFF", [0x22, 0xF4, 0x90, 0x80, 0x80, 0x22]),
        ("truncated sequence", [0x22, 0xE2, 0x82, 0x22]),
        ("lone continuation byte", [0x22, 0x80, 0x22]),
        ("ISO Latin-1 byte (i_string_iso_latin_1)", [0x5B, 0x22, 0xE9, 0x22, 0x5D]),
    ] as [(String, [UInt8])])
func invalidUTF8InStringsIsRefused(name: String, bytes: [UInt8]) {
    #expect(throws: JSONSyntaxError.self) { try JSONParser.parse(bytes) }
}

@Test func rfc8259Section13ExamplesParse() throws {
    let image = try JSONParser.parse(
        """
        {
          "Image": {
            "Width":  800, "Height": 600, "Title":  "View from 15th Floor",
            "Thumbnail": { "Url": "http://www.example.com/image/481989943", "Height": 125, "Width":  100 },
            "Animated" : false,
            "IDs": [116, 943, 234, 38793]
          }
        }
        """)
    #expect(image["Image"]?["Thumbnail"]?["Width"] == .integer(100))
    #expect(image["Image"]?["IDs"]?[3] == .integer(38793))
    #expect(image["Image"]?["Animated"] == .bool(false))
    let places = try JSONParser.parse(
        """
        [ { "precision": "zip", "Latitude":  37.7668, "Longitude": -122.3959, "Address": "",
            "City": "SAN FRANCISCO", "State": "CA", "Zip": "94107", "Country": "US" } ]
        """)
    #expect(places[0]?["Latitude"] == .number("37.7668"))
    #expect(places[0]?["Longitude"] == .number("-122.3959"))
    for scalarText in [#""Hello world!""#, "42", "true"] {
        _ = try JSONParser.parse(scalarText)  // RFC 8259 §13: small texts containing only values
    }
}

@Test(arguments: [
    ("9223372036854775807", JSONValue.integer(.max)),
    ("-9223372036854775808", .integer(.min)),
    ("9223372036854775808", .number("9223372036854775808")),
    ("-9223372036854775809", .number("-9223372036854775809")),
    ("-0", .integer(0)),
    ("1.50", .number("1.50")),
    ("1E+2", .number("1E+2")),
])
func numbersBecomeIntegersOnlyWhenTheyFitInt64(text: String, expected: JSONValue) throws {
    #expect(try JSONParser.parse(text) == expected)
}

@Test func escapesDecodeToScalars() throws {
    let value = try JSONParser.parse(#""\"\\\/\b\f\n\r\t\u00e9\uD83D\uDE00""#)
    #expect(value == .string("\"\\/\u{8}\u{C}\n\r\t\u{E9}\u{1F600}"))
}

@Test(arguments: [
    ("[1,\n 2,\n  ]", 3, 3, "trailing comma in array"),
    ("{\"a\": 1,\n\"a\": 2}", 2, 1, "duplicate key \"a\""),
    ("[\"é\", 01]", 1, 8, "leading zeros are not allowed"),
    ("[1] x", 1, 5, "unexpected content after the top-level value"),
    ("{\"k\"\n\n   1}", 3, 4, "expected ':' after object key"),
    ("\"abc", 1, 5, "unterminated string"),
    ("[\"\\uDC00\"]", 1, 3, "lone low surrogate escape"),
])
func syntaxErrorsReportLineColumnAndReason(text: String, line: Int, column: Int, reason: String) {
    #expect(throws: JSONSyntaxError(line: line, column: column, reason: reason)) { try JSONParser.parse(text) }
}

@Test func nestingAtTheDepthLimitParsesAndOneDeeperFails() throws {
    let deepest =
        String(repeating: "[", count: JSONParser.depthMax) + String(repeating: "]", count: JSONParser.depthMax)
    _ = try JSONParser.parse(deepest)
    let tooDeep = "[" + deepest + "]"
    #expect(throws: JSONSyntaxError(line: 1, column: 65, reason: "nesting deeper than 64 levels")) {
        try JSONParser.parse(tooDeep)
    }
}

@Test func textsLongerThanTheSizeLimitAreRefused() {
    let padding = [UInt8](repeating: 0x20, count: JSONParser.documentSizeBytesMax - 1)
    #expect(throws: Never.self) { try JSONParser.parse(padding + [UInt8(ascii: "1")]) }
    #expect(throws: JSONSyntaxError.self) { try JSONParser.parse(padding + [UInt8(ascii: "1"), 0x20]) }
}

@Test func canonicallyEquivalentButDifferentStringsAreNotEqualValues() throws {
    #expect(JSONValue.string("\u{E9}") != JSONValue.string("e\u{301}"))
    #expect(JSONValue.object(["\u{E9}": .null]) != JSONValue.object(["e\u{301}": .null]))
    #expect(throws: JSONSyntaxError.self) { try JSONParser.parse("{\"\u{E9}\": 1, \"e\u{301}\": 2}") }
}
