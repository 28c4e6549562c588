/// The stream version an append expects, for optimistic concurrency.
///
/// Stream versions are 0-based: a stream's first event has version 0, and a stream's version is the
/// version of its last event.
public enum ExpectedVersion: Sendable, Equatable, Hashable {
    /// Append whatever the stream's current version.
    case any
    /// The stream must have no events yet.
    case noStream
    /// The stream's last event must have exactly this version.
    case exact(UInt64)

    /// True if a stream whose last version is `actual` (nil: no events) satisfies this expectation.
    func isSatisfied(byActualVersion actual: UInt64?) -> Bool {
        switch self {
        case .any: return true
        case .noStream: return actual == nil
        case .exact(let expected): return actual == expected
        }
    }
}

extension ExpectedVersion: CustomStringConvertible {
    /// `any`, `no stream`, or the version number.
    public var description: String {
        switch self {
        case .any: return "any"
        case .noStream: return "no stream"
        case .exact(let expected): return String(expected)
        }
    }

    /// An actual stream version for messages: the number, or `no stream` when the stream has no events.
    static func describe(_ actual: UInt64?) -> String { actual.map(String.init) ?? "no stream" }
}
