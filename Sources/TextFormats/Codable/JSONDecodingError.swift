/// Why `JSONValueDecoder` could not decode a value, and where. Never contains the value itself.
public struct JSONDecodingError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What went wrong.
    public enum Reason: Sendable, Equatable, CustomStringConvertible {
        /// An object lacks a required member.
        case keyNotFound(String)
        /// The value has the wrong JSON kind, for example a `string` where an `Int32` was expected.
        case typeMismatch(expected: String, found: String)
        /// A number does not fit the target type (for example 300 for a `UInt8`).
        case valueOutOfRange(type: String)
        /// An unkeyed container was read past its last element.
        case arrayTooShort(count: Int)
        /// The value has the right kind but the decoded type refused it.
        case invalidValue(detail: String)
        /// An object has a member the decoded type does not define (`JSONValueDecoder.rejectsUnknownKeys`);
        /// the path is the object's.
        case unknownKey(String)

        /// A short English explanation.
        public var description: String {
            switch self {
            case .keyNotFound(let key): "missing key \"\(key)\""
            case .typeMismatch(let expected, let found): "expected \(expected), found \(found)"
            case .valueOutOfRange(let type): "number out of range for \(type)"
            case .arrayTooShort(let count): "array has only \(count) elements"
            case .invalidValue(let detail): "invalid value: \(detail)"
            case .unknownKey(let key): "unknown key \"\(key)\""
            }
        }
    }

    /// The coding path of the offending value, such as `payload.factors[2]`; `$` for the root.
    public var path: String
    /// What went wrong.
    public var reason: Reason

    /// Creates an error for the value at `codingPath`; types decoded by `JSONValueDecoder` may throw
    /// this from `init(from:)` with `decoder.codingPath` to report their own validation failures.
    ///
    /// - Parameter detail: must not contain the value itself (it may be case data).
    public static func invalidValue(_ detail: String, at codingPath: [any CodingKey]) -> JSONDecodingError {
        JSONDecodingError(.invalidValue(detail: detail), at: codingPath)
    }

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
    public var description: String { "cannot decode \(path): \(reason)" }
}
