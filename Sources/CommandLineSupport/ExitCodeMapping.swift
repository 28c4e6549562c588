/// An error that knows which exit code it should end the process with.
///
/// CommandLineSupport depends on no library, so library errors do not conform to this protocol
/// themselves. Errors defined by an executable conform directly; errors from libraries are mapped by
/// the `ExitCodeMapper` the executable passes to `CommandRunner`.
public protocol ExitCodeMapping: Error {
    /// The exit code this error ends the process with.
    var exitCode: ExitCode { get }
}

/// Maps an error the executable knows about (for example a storage engine error) to an exit code,
/// or returns nil to leave it to the default (`ExitCode.software`).
public typealias ExitCodeMapper = @Sendable (any Error) -> ExitCode?

extension ExitCode {
    /// The single function that turns any thrown error into an exit code.
    ///
    /// Order: a `UsageError` is `usage`; an `ExitCodeMapping` error names its own code; otherwise
    /// `mapper` decides; anything still unmapped is an internal error (`software`).
    /// - Parameters:
    ///   - error: The error a command threw.
    ///   - mapper: The executable's mapping for library errors.
    public init(for error: any Error, mapper: ExitCodeMapper) {
        if error is UsageError {
            self = .usage
        } else if let mapped = error as? any ExitCodeMapping {
            self = mapped.exitCode
        } else {
            self = mapper(error) ?? .software
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
