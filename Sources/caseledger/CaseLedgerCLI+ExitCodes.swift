import CaseImport
import CommandLineSupport
import EventStore
import Projections
import Reports
import Rulebooks

extension CaseLedgerCLI {
    /// The single mapping from library errors to exit codes and messages (see `docs/cli.md`, "Exit codes").
    ///
    /// `CommandLineSupport` handles `UsageError` and `ExitCodeMapping` errors before calling this;
    /// anything returned as nil is reported as an internal error (`software`).
    @Sendable static func errorReport(for error: any Error) -> ErrorReport? {
        switch error {
        case let error as EventStoreError:
            ErrorReport(exitCode(for: error.code), error.message + hint(for: error.code))
        case let error as FileSystemError:
            ErrorReport(exitCode(for: error.code), error.description)
        case let error as ProjectionError:
            ErrorReport(exitCode(for: error.code), error.description + hint(for: error.code))
        case let error as RulebookError:
            ErrorReport(.dataError, "rulebook: \(error)")
        case let error as AnnualReferenceError:
            ErrorReport(.dataError, error.description)
        case let error as ChronologyError:
            ErrorReport(.notFound, error.message)
        case let error as CensusExportError:
            ErrorReport(.dataError, error.description)
        case let error as ImportError:
            // A store refusal, or a file-system failure writing the rejects file, is reported as the cause.
            if let cause = error.cause, error.code == .store || cause is FileSystemError {
                errorReport(for: cause)
            } else {
                ErrorReport(exitCode(for: error.code), error.message)
            }
        default:
            nil
        }
    }

    private static func exitCode(for code: EventStoreError.Code) -> ExitCode {
        switch code {
        case .invalidArgument, .corrupt, .limitExceeded, .idempotencyConflict: .dataError
        case .notFound: .notFound
        case .alreadyExists: .cannotCreate
        case .io, .failStopped: .ioError
        case .conflict, .locked: .temporaryFailure
        case .readOnly: .software  // the CLI never writes through a read-only or closed store
        }
    }

    /// What to do next, for the codes where the engine's message does not say.
    private static func hint(for code: EventStoreError.Code) -> String {
        switch code {
        case .conflict: " (read the stream and retry with a fresh --expected-version)"
        case .locked: " (another process is writing to this ledger; retry when it has finished)"
        case .corrupt: " (run 'caseledger verify' for the first failure)"
        default: ""
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

    private static func exitCode(for code: ImportError.Code) -> ExitCode {
        switch code {
        case .usage: .usage
        case .notFound: .notFound
        case .invalidInput: .dataError
        case .conflict: .temporaryFailure
        case .io, .store: .ioError
        }
    }

    private static func exitCode(for code: ProjectionError.Code) -> ExitCode {
        switch code {
        case .invalidCorrection, .malformedCheckpoint, .evaluation: .dataError
        case .checkpointMismatch: .findings  // a check that ran and found the checkpoint wrong
        }
    }

    private static func hint(for code: ProjectionError.Code) -> String {
        switch code {
        case .malformedCheckpoint, .checkpointMismatch: " (run 'caseledger projections rebuild --full' to replace it)"
        default: ""
        }
    }
}
