/// An error that knows which exit code it should end the process with.
///
/// CommandLineSupport depends on no library, so library errors do not conform to this protocol
/// themselves. Errors defined by an executable conform directly; errors from libraries are mapped by
/// the `ExitCodeMapper` the executable passes to `CommandRunner`.
public protocol ExitCodeMapping: Error {
    /// The exit code this error ends the process with.
    var exitCode: ExitCode { get }
}

/// Maps an error the executable knows about (for example a storage engine error) to an exit code and
/// a message, or returns nil to leave it to the default (an internal error, `ExitCode.software`).
public typealias ExitCodeMapper = @Sendable (any Error) -> ErrorReport?

/// How a thrown error ends the process: its exit code and the message printed after `error: `.
public struct ErrorReport: Sendable, Equatable {
    /// The exit code.
    public var exitCode: ExitCode
    /// One line saying what failed, where and why (no case content).
    public var message: String

    /// Creates a report.
    public init(_ exitCode: ExitCode, _ message: String) {
        self.exitCode = exitCode
        self.message = message
    }

    /// The single function that turns any thrown error into an exit code and a message.
    ///
    /// Order: a `UsageError` is `usage`; an `ExitCodeMapping` error names its own code; otherwise
    /// `mapper` decides; anything still unmapped is an internal error (`software`) named by its type.
    /// - Parameters:
    ///   - error: The error a command threw.
    ///   - mapper: The executable's mapping for library errors.
    public init(for error: any Error, mapper: ExitCodeMapper) {
        if let usageError = error as? UsageError {
            self.init(.usage, usageError.description)
        } else if let mapped = error as? any ExitCodeMapping {
            self.init(mapped.exitCode, String(describing: mapped))
        } else if let report = mapper(error) {
            self = report
        } else {
            self.init(.software, "internal error (\(type(of: error))): \(error)")
        }
    }
}

/// A failure a command reports with a chosen exit code and a message that is safe to print.
///
/// The message must not contain case content: name streams, positions and files, never payloads.
public struct CommandFailure: ExitCodeMapping, Sendable, Equatable, CustomStringConvertible {
    /// The exit code to end with.
    public var exitCode: ExitCode
    /// What failed, where and why.
    public var message: String

    /// Creates a failure.
    public init(_ exitCode: ExitCode, _ message: String) {
        self.exitCode = exitCode
        self.message = message
    }

    /// The message.
    public var description: String { message }
}
