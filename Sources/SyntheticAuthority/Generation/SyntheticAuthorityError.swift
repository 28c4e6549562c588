/// An operating error of the generator: bad parameters. Never carries generated content.
public struct SyntheticAuthorityError: Error, Sendable, CustomStringConvertible {
    /// What kind of failure this is.
    public enum Code: Sendable, Hashable {
        /// A parameter is out of range (see `message`).
        case invalidParameters
    }

    /// The kind of failure.
    public var code: Code
    /// What failed and why.
    public var message: String
    /// Source location that raised the error (`#fileID:#line`).
    public var site: String

    /// Creates an error; `site` defaults to the caller's location.
    public init(_ code: Code, _ message: String, fileID: StaticString = #fileID, line: UInt = #line) {
        self.code = code
        self.message = message
        self.site = "\(fileID):\(line)"
    }

    /// `invalidParameters: children must be 1...99999999`.
    public var description: String { "\(code): \(message)" }
}

extension SyntheticAuthorityError: Equatable {
    /// Equal when the codes are equal.
    public static func == (a: Self, b: Self) -> Bool { a.code == b.code }
}
