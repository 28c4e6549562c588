/// A projection that cannot be built or verified: what failed, at which ledger position, and why.
///
/// Messages name positions, event types and field paths, never case content. Errors compare equal on
/// their code.
public struct ProjectionError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What kind of failure this is.
    public enum Code: String, Sendable, Hashable {
        /// A correction whose replacement cannot stand on the corrected event's stream.
        case invalidCorrection
        /// A checkpoint document that does not parse or has the wrong shape.
        case malformedCheckpoint
        /// A rebuild does not reproduce the stored checkpoint.
        case checkpointMismatch
        /// A rule could not be evaluated (bad settings, or a date outside the calendar).
        case evaluation
    }

    /// The kind of failure.
    public var code: Code
    /// The ledger position concerned, when there is one.
    public var position: UInt64?
    /// Why (no case content).
    public var reason: String

    /// Creates an error.
    public init(_ code: Code, position: UInt64? = nil, reason: String) {
        self.code = code
        self.position = position
        self.reason = reason
    }

    /// `invalidCorrection at position 17: missingStreamSubject`.
    public var description: String {
        let at = position.map { " at position \($0)" } ?? ""
        return "\(code.rawValue)\(at): \(reason)"
    }

    /// Equal when the codes are equal.
    public static func == (a: ProjectionError, b: ProjectionError) -> Bool { a.code == b.code }
}
