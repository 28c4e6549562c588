import Testing

@testable import TextFormats

@Test func indentedDocumentsAreDeterministicAndNested() throws {
    var writer = XMLWriter(indentSpaces: 2)
    try writer.startElement("Message", attributes: [("xmlns", "http://example.org/cin"), ("version", "1")])
    try writer.startElement("Children")
    try writer.element("LAchildID", text: "C<1>")
    try writer.element("Empty", text: "")
    try writer.startElement("Note")
    try writer.text("mixed ")
    try writer.element("b", text: "bold")
    try writer.endElement()
    try writer.endElement()
    try writer.endElement()
    let expected = """
        <?xml version="1.0" encoding="UTF-8"?>
        <Message xmlns="http://example.org/cin" version="1">
          <Children>
            <LAchildID>C&lt;1&gt;</LAchildID>
            <Empty/>
            <Note>mixed <b>bold</b></Note>
          </Children>
        </Message>

        """
    #expect(try writer.finishString() == expected)
}

@Test func compactDocumentsHaveNoAddedWhitespace() throws {
    var writer = XMLWriter(declaration: false)
    try writer.startElement("a")
    try writer.element("b", text: "x")
    try writer.element("c", attributes: [("k", "v")], text: "")
    try writer.endElement()
    #expect(try writer.finishString() == "<a><b>x</b><c k=\"v\"/></a>\n")
}

@Test func textAndAttributesEscapeMarkupQuotesAndLineEnds() throws {
    var writer = XMLWriter(declaration: false)
    try writer.element("e", attributes: [("a", "&<>\"'\t\n\r")], text: "&<>\"'\t\n\r")
    #expect(
        try writer.finishString()
            == "<e a=\"&amp;&lt;&gt;&quot;&apos;&#9;&#10;&#13;\">&amp;&lt;&gt;&quot;&apos;\t\n&#13;</e>\n")
}

@Test(arguments: [0x0 as UInt32, 0x1, 0x8, 0xB, 0xC, 0x1F, 0xFFFE, 0xFFFF])
func charactersXMLForbidsAreRefused(codePoint: UInt32) throws {
    let text = String(Character(Unicode.Scalar(codePoint)!))
    var writer = XMLWriter()
    try writer.startElement("Root")
    try writer.startElement("Child")
    #expect(throws: XMLError(elementPath: "/Root/Child", reason: .invalidCharacter(codePoint))) {
        try writer.text(text)
    }
    #expect(throws: XMLError(elementPath: "/Root/Child", reason: .invalidCharacter(codePoint))) {
        try writer.startElement("x", attributes: [("a", text)])
    }
}

@Test func allowedCharactersAtTheEdgesAreWrittenRaw() throws {
    var writer = XMLWriter(declaration: false)
    try writer.element("e", text: "\u{D7FF}\u{E000}\u{FFFD}\u{10000}\u{10FFFF}")
    #expect(try writer.finishString() == "<e>\u{D7FF}\u{E000}\u{FFFD}\u{10000}\u{10FFFF}</e>\n")
}

@Test func misuseIsReportedAsTypedErrors() throws {
    var writer = XMLWriter()
    #expect(throws: XMLError(elementPath: "/", reason: .unfinishedDocument(openElementCount: 0))) {
        try writer.finish()
    }
    #expect(throws: XMLError(elementPath: "/", reason: .noOpenElement)) { try writer.endElement() }
    #expect(throws: XMLError(elementPath: "/", reason: .noOpenElement)) { try writer.text("x") }
    #expect(throws: XMLError(elementPath: "/", reason: .invalidName("1st"))) { try writer.startElement("1st") }
    #expect(throws: XMLError(elementPath: "/", reason: .invalidName("a b"))) { try writer.startElement("a b") }
    try writer.startElement("root")
    #expect(throws: XMLError(elementPath: "/root", reason: .duplicateAttribute("k"))) {
        try writer.startElement("x", attributes: [("k", "1"), ("k", "2")])
    }
    #expect(throws: XMLError(elementPath: "/root", reason: .unfinishedDocument(openElementCount: 1))) {
        try writer.finish()
    }
}

@Test func aSecondRootElementIsRefused() throws {
    var writer = XMLWriter()
    try writer.element("a", text: "")
    #expect(throws: XMLError(elementPath: "/", reason: .secondRootElement)) { try writer.startElement("b") }
}

@Test(arguments: [
    ("plain text é", "plain text é"),
    (#"<a href="x">Tom & Jerry's</a>"#, "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;"),
    ("", ""),
])
func htmlEscapingReplacesTheFiveSpecialCharacters(text: String, expected: String) {
    #expect(HTMLEscaping.escape(text) == expected)
}
