import CommandLineSupport
import EventStore

extension CaseLedgerCLI {
    /// The single mapping from library errors to exit codes (see `docs/cli.md`, "Exit codes").
    ///
    /// `CommandLineSupport` handles `UsageError` and `ExitCodeMapping` errors before calling this;
    /// anything returned as nil becomes `software` (an internal error).
    @Sendable static func exitCode(for error: any Error) -> ExitCode? {
        switch error {
        case let error as FileSystemError: exitCode(for: error.code)
        default: nil
        }
    }

    private static func exitCode(for code: FileSystemError.Code) -> ExitCode {
        switch code {
        case .notFound: .notFound
        case .alreadyExists: .cannotCreate
        case .locked: .temporaryFailure
        case .invalidArgument: .usage
        case .noSpace, .io, .permissionDenied, .other: .ioError
        }
    }
}
