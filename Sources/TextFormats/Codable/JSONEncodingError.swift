/// Why `JSONValueEncoder` could not encode a value, and where.
public struct JSONEncodingError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What went wrong.
    public enum Reason: Sendable, Equatable, CustomStringConvertible {
        /// A `Double` or `Float` was NaN or infinite; JSON has no spelling for them.
        case nonFiniteNumber
        /// The top-level value's `encode(to:)` wrote nothing.
        case nothingEncoded

        /// A short English explanation.
        public var description: String {
            switch self {
            case .nonFiniteNumber: "NaN and infinite numbers cannot be written as JSON"
            case .nothingEncoded: "the value encoded nothing"
            }
        }
    }

    /// The coding path of the offending value, such as `payload.factors[2]`; `$` for the root.
    public var path: String
    /// What went wrong.
    public var reason: Reason

    /// Creates an error for the value at `codingPath`.
    /// Creates an error from a rendered path.
    public init(path: String, reason: Reason) {
        self.path = path
        self.reason = reason
    }

    init(_ reason: Reason, at codingPath: [any CodingKey]) {
        self.path = JSONCodingPath.render(codingPath)
        self.reason = reason
    }

    /// `path: reason`.
    public var description: String { "cannot encode \(path): \(reason)" }
}
