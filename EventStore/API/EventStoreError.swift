/// The one error type thrown by the event store.
///
/// Messages name the segment, byte offset, position, stream or event type involved, never payload or
/// metadata content. Two errors compare equal when their codes are equal, which keeps tests simple.
public struct EventStoreError: Error, Sendable, CustomStringConvertible {
    /// What kind of failure.
    public enum Code: Sendable, Equatable {
        /// The caller passed something invalid (bad argument, bad options, reserved stream name).
        case invalidArgument
        /// The ledger, or a requested position, does not exist.
        case notFound
        /// Data on disk failed a check (CRC, chain, header, footer, manifest, length).
        case corrupt
        /// The stream's version did not match the expected version; `actualVersion` is the version of the
        /// stream's last event, or nil if the stream has no events.
        case conflict(actualVersion: UInt64?)
        /// A source id was reused with different content, or a batch mixed new and already-appended ids.
        case idempotencyConflict
        /// A size or count limit was exceeded.
        case limitExceeded
        /// The file system reported a failure.
        case io
        /// Another writer holds the ledger's lock.
        case locked
        /// A previous write or sync failed; the store refuses writes until it is reopened.
        case failStopped
        /// The store was opened read-only, or has been closed.
        case readOnly
        /// A ledger already exists where one was to be created.
        case alreadyExists
    }

    /// The kind of failure.
    public var code: Code
    /// What failed and where, without case content.
    public var message: String
    /// The underlying error, typically a `FileSystemError`.
    public var cause: (any Error)?
    /// Where the error was raised (`#fileID:#line`).
    public var site: String
    /// For a located corruption: the check that failed, without the location ("CRC mismatch").
    var failedCheck: String?

    /// Creates an error; `site` is filled in from the caller's location.
    public init(
        _ code: Code, _ message: String, cause: (any Error)? = nil, fileID: String = #fileID, line: Int = #line
    ) {
        self.code = code
        self.message = message
        self.cause = cause
        self.site = "\(fileID):\(line)"
    }

    /// `code: message`, followed by the cause when there is one.
    public var description: String {
        let suffix = cause.map { " (cause: \($0))" } ?? ""
        return "\(code): \(message)\(suffix)"
    }
}

extension EventStoreError: Equatable {
    /// Equal when the codes are equal.
    public static func == (lhs: EventStoreError, rhs: EventStoreError) -> Bool { lhs.code == rhs.code }
}

extension EventStoreError {
    /// A `corrupt` error at `location` ("segment 3, offset 4096") whose check `failedCheck` failed.
    static func corrupt(at location: String, _ failedCheck: String, fileID: String = #fileID, line: Int = #line)
        -> Self
    {
        var error = EventStoreError(.corrupt, "\(location): \(failedCheck)", fileID: fileID, line: line)
        error.failedCheck = failedCheck
        return error
    }

    /// What failed, for a `VerifyFailure` that states the location itself: the failed check if the error
    /// has one, else the whole message.
    var failedCheckOrMessage: String { failedCheck ?? message }

    /// Wraps a file-system failure, naming the operation the store was performing.
    static func io(_ what: String, _ failure: FileSystemError, fileID: String = #fileID, line: Int = #line) -> Self {
        let code: Code = failure.code == .locked ? .locked : .io
        return EventStoreError(code, "\(what): \(failure)", cause: failure, fileID: fileID, line: line)
    }
}

/// Runs a file-system call, turning its typed failure into an `EventStoreError` naming `what`.
@inline(__always)
func performIO<Result>(_ what: @autoclosure () -> String, _ body: () throws(FileSystemError) -> Result)
    throws(EventStoreError) -> Result
{
    do {
        return try body()
    } catch {
        throw EventStoreError.io(what(), error)
    }
}
