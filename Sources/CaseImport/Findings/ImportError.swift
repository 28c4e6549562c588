/// Why an import run wrote nothing (or, for `io` and `store`, stopped part-way; see docs/import-format.md).
///
/// Messages name files, lines, event ids and counts, never case content. Two errors compare equal when
/// their codes are equal.
public struct ImportError: Error, Sendable, CustomStringConvertible {
    /// What kind of failure.
    public enum Code: String, Sendable, Hashable {
        /// Bad arguments: unknown format, a rejects file for mixed formats, no inputs.
        case usage
        /// An input file does not exist or cannot be opened.
        case notFound
        /// The input has errors (see `findings`); nothing was written.
        case invalidInput
        /// An event id is already in the ledger with different content, or the input changed between
        /// validation and append.
        case conflict
        /// Reading an input or writing the rejects file failed.
        case io
        /// The event store refused the append (see `cause`).
        case store
    }

    /// The kind of failure.
    public var code: Code
    /// What failed and where, without case content.
    public var message: String
    /// Every finding of the run (errors and warnings), when the failure is about the input.
    public var findings: [ImportFinding]
    /// The underlying error, e.g. an `EventStoreError`.
    public var cause: (any Error)?
    /// Where the error was raised (`#fileID:#line`), as in `EventStoreError`.
    public var site: String

    /// Creates an error; `site` is filled in from the caller's location.
    public init(
        _ code: Code, _ message: String, findings: [ImportFinding] = [], cause: (any Error)? = nil,
        fileID: String = #fileID, line: Int = #line
    ) {
        self.code = code
        self.message = message
        self.findings = findings
        self.cause = cause
        self.site = "\(fileID):\(line)"
    }

    /// `code: message`, plus the cause when there is one.
    public var description: String {
        let suffix = cause.map { " (cause: \($0))" } ?? ""
        return "\(code.rawValue): \(message)\(suffix)"
    }
}

extension ImportError: Equatable {
    /// Equal when the codes are equal.
    public static func == (lhs: ImportError, rhs: ImportError) -> Bool { lhs.code == rhs.code }
}
