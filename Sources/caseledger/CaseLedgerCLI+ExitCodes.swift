import CommandLineSupport
import EventStore

extension CaseLedgerCLI {
    /// The single mapping from library errors to exit codes and messages (see `docs/cli.md`, "Exit codes").
    ///
    /// `CommandLineSupport` handles `UsageError` and `ExitCodeMapping` errors before calling this;
    /// anything returned as nil is reported as an internal error (`software`).
    @Sendable static func errorReport(for error: any Error) -> ErrorReport? {
        switch error {
        case let error as FileSystemError:
            ErrorReport(exitCode(for: error.code), error.description)
        default:
            nil
        }
    }

    private static func exitCode(for code: FileSystemError.Code) -> ExitCode {
        switch code {
        case .notFound: .notFound
        case .alreadyExists: .cannotCreate
        case .locked: .temporaryFailure
        case .noSpace, .invalidArgument, .io, .permissionDenied, .other: .ioError
        }
    }
}
