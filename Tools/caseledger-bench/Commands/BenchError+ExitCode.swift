import CommandLineSupport
import EventStore

extension BenchError: ExitCodeMapping {
    /// `io` → 74, `invalidArgument` → 64, `inconsistent` (a benchmark saw impossible results) → 70.
    var exitCode: ExitCode {
        switch code {
        case .io: .ioError
        case .invalidArgument: .usage
        case .inconsistent: .software
        }
    }
}

/// Maps engine errors met while benchmarking: I/O failures are the disk's (74); anything else means the
/// benchmark or the engine misbehaved, an internal error (70). Nil for errors that are not the engine's
/// (the runner then applies its own rules).
@Sendable func benchErrorReport(for error: any Error) -> ErrorReport? {
    guard let storeError = error as? EventStoreError else { return nil }
    switch storeError.code {
    case .io, .failStopped: return ErrorReport(.ioError, storeError.description)
    default: return ErrorReport(.software, "event store: \(storeError)")
    }
}
