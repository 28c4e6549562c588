/// Why `XMLWriter` refused a call. Never contains text content.
public struct XMLError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What went wrong.
    public enum Reason: Sendable, Equatable, CustomStringConvertible {
        /// Text or an attribute value contains a scalar that XML 1.0 forbids (controls other than tab, LF
        /// and CR, U+FFFE, U+FFFF); the payload is the scalar's code point.
        case invalidCharacter(UInt32)
        /// An element or attribute name is not an XML name this writer accepts.
        case invalidName(String)
        /// The same attribute name was given twice on one element.
        case duplicateAttribute(String)
        /// `endElement` or `text` was called with no element open.
        case noOpenElement
        /// A second top-level element was started.
        case secondRootElement
        /// `finish` was called with elements still open (the count) or with no root element (0).
        case unfinishedDocument(openElementCount: Int)

        /// A short English explanation.
        public var description: String {
            switch self {
            case .invalidCharacter(let codePoint):
                "character U+\(String(codePoint, radix: 16, uppercase: true)) is not allowed in XML 1.0"
            case .invalidName(let name): "\"\(name)\" is not a valid XML name"
            case .duplicateAttribute(let name): "attribute \"\(name)\" given twice"
            case .noOpenElement: "no element is open"
            case .secondRootElement: "a document has exactly one root element"
            case .unfinishedDocument(let count):
                count == 0 ? "no root element was written" : "\(count) elements still open"
            }
        }
    }

    /// The path of open elements where the error happened, such as `/Message/Children/Child`.
    public var elementPath: String
    /// What went wrong.
    public var reason: Reason

    /// Creates an error.
    public init(elementPath: String, reason: Reason) {
        self.elementPath = elementPath
        self.reason = reason
    }

    /// `at path: reason`.
    public var description: String { "XML error at \(elementPath): \(reason)" }
}
