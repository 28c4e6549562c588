/// Writes an XML 1.0 document (UTF-8) element by element, with correct escaping and deterministic output.
///
/// Attributes are written in the order given. An element with no content is written `<name/>`. With
/// `indentSpaces` set, each element starts on its own line, indented by depth; an element holding only
/// text stays on one line (`<a>text</a>`), and once an element holds text its children are not indented,
/// so whitespace is never added to mixed content. Invalid characters, bad names and misnested calls throw
/// `XMLError`; after an error the writer's output is incomplete and should be discarded.
public struct XMLWriter: Sendable {
    private struct OpenElement: Sendable {
        var name: String
        var hasChildElements = false
        var hasText = false
    }

    /// Spaces per nesting level, or nil for no added whitespace at all.
    public let indentSpaces: Int?
    private var output: [UInt8] = []
    private var openElements: [OpenElement] = []
    private var isStartTagOpen = false
    private var hasRootElement = false

    /// Creates a writer and writes the declaration line `<?xml version="1.0" encoding="UTF-8"?>` when asked.
    ///
    /// - Precondition: `indentSpaces` is nil or not negative.
    public init(indentSpaces: Int? = nil, declaration: Bool = true) {
        precondition((indentSpaces ?? 0) >= 0, "indentSpaces must not be negative")
        self.indentSpaces = indentSpaces
        if declaration { output.append(contentsOf: #"<?xml version="1.0" encoding="UTF-8"?>\#n"#.utf8) }
    }

    /// Opens an element with attributes (written in this order).
    ///
    /// - Throws: `XMLError` for an invalid or duplicate name, an invalid character in a value, or a
    ///   second root element.
    public mutating func startElement(_ name: String, attributes: [(String, String)] = []) throws(XMLError) {
        guard XMLEscaping.isValidName(name) else { throw failure(.invalidName(name)) }
        guard !openElements.isEmpty || !hasRootElement else { throw failure(.secondRootElement) }
        closeStartTag()
        if let last = openElements.indices.last {
            openElements[last].hasChildElements = true
        }
        if !openElements.isEmpty { breakLine(depth: openElements.count) }
        output.append(UInt8(ascii: "<"))
        output.append(contentsOf: name.utf8)
        var seen: Set<String> = []
        for (attributeName, value) in attributes {
            guard XMLEscaping.isValidName(attributeName) else { throw failure(.invalidName(attributeName)) }
            guard seen.insert(attributeName).inserted else { throw failure(.duplicateAttribute(attributeName)) }
            output.append(UInt8(ascii: " "))
            output.append(contentsOf: attributeName.utf8)
            output.append(contentsOf: "=\"".utf8)
            try appendEscaped(value, inAttribute: true)
            output.append(UInt8(ascii: "\""))
        }
        openElements.append(OpenElement(name: name))
        isStartTagOpen = true
        hasRootElement = true
    }

    /// Writes escaped text inside the innermost open element.
    ///
    /// - Throws: `XMLError` for a character XML forbids or when no element is open.
    public mutating func text(_ text: String) throws(XMLError) {
        guard let last = openElements.indices.last else { throw failure(.noOpenElement) }
        guard !text.isEmpty else { return }
        closeStartTag()
        openElements[last].hasText = true
        try appendEscaped(text, inAttribute: false)
    }

    /// Closes the innermost open element.
    ///
    /// - Throws: `XMLError.Reason.noOpenElement` when none is open.
    public mutating func endElement() throws(XMLError) {
        guard let element = openElements.last else { throw failure(.noOpenElement) }
        if isStartTagOpen {
            output.append(contentsOf: "/>".utf8)
            isStartTagOpen = false
        } else {
            if element.hasChildElements && !element.hasText { breakLine(depth: openElements.count - 1) }
            output.append(contentsOf: "</".utf8)
            output.append(contentsOf: element.name.utf8)
            output.append(UInt8(ascii: ">"))
        }
        openElements.removeLast()
    }

    /// Writes `<name attributes>text</name>` (or `<name/>` for empty text).
    public mutating func element(_ name: String, attributes: [(String, String)] = [], text: String) throws(XMLError) {
        try startElement(name, attributes: attributes)
        try self.text(text)
        try endElement()
    }

    /// The finished document's bytes, ending with a newline.
    ///
    /// - Throws: `XMLError.Reason.unfinishedDocument` when elements are still open or none was written.
    public func finish() throws(XMLError) -> [UInt8] {
        guard hasRootElement, openElements.isEmpty else {
            throw failure(.unfinishedDocument(openElementCount: openElements.count))
        }
        return output + [UInt8(ascii: "\n")]
    }

    /// The finished document as a string.
    public func finishString() throws(XMLError) -> String { String(decoding: try finish(), as: UTF8.self) }

    private mutating func closeStartTag() {
        guard isStartTagOpen else { return }
        output.append(UInt8(ascii: ">"))
        isStartTagOpen = false
    }

    /// In indented mode, starts a new line indented to `depth`, unless the parent holds text.
    private mutating func breakLine(depth: Int) {
        guard let indentSpaces, openElements.last?.hasText != true else { return }
        output.append(UInt8(ascii: "\n"))
        output.append(contentsOf: repeatElement(UInt8(ascii: " "), count: indentSpaces * depth))
    }

    private mutating func appendEscaped(_ text: String, inAttribute: Bool) throws(XMLError) {
        do {
            try XMLEscaping.append(text, inAttribute: inAttribute, to: &output)
        } catch {
            throw failure(.invalidCharacter(error.codePoint))
        }
    }

    private func failure(_ reason: XMLError.Reason) -> XMLError {
        XMLError(elementPath: "/" + openElements.map(\.name).joined(separator: "/"), reason: reason)
    }
}
