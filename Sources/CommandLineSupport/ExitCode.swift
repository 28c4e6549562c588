/// The process exit status of every CaseLedger executable, in one place.
///
/// The numbers follow `sysexits.h` where it has a meaning for the case, so scripts can tell
/// "you asked wrongly" (64) from "the data is bad" (65) from "try again" (75). `docs/cli.md` holds
/// the same table.
///
/// | code | case               | meaning                                                            |
/// |-----:|--------------------|--------------------------------------------------------------------|
/// |    0 | `success`          | the command did what was asked                                     |
/// |    1 | `findings`         | the command ran to the end and reports a problem it found          |
/// |   64 | `usage`            | the command line was wrong (unknown option, missing value, ...)    |
/// |   65 | `dataError`        | bad input, a corrupt ledger that stops the command, over a limit   |
/// |   66 | `notFound`         | a named ledger, file or stream does not exist                      |
/// |   70 | `software`         | an internal error: a bug, please report it                         |
/// |   73 | `cannotCreate`     | an output (ledger directory, file) could not be created            |
/// |   74 | `ioError`          | reading or writing failed (EIO, disk full, broken output)          |
/// |   75 | `temporaryFailure` | conflict or lock: retry with a fresh expected version, or later    |
///
/// `findings` is 1, not 65: `verify` that finds a corrupt record *succeeded at verifying*, and a
/// script must be able to tell that verdict apart from "the command could not run on this input".
public enum ExitCode: Int32, Sendable, CaseIterable, CustomStringConvertible {
    /// The command did what was asked.
    case success = 0
    /// The command ran to the end and reports a problem it found (failed verification or check).
    case findings = 1
    /// The command line was wrong.
    case usage = 64
    /// The input data was wrong, the ledger is corrupt, or a limit was exceeded.
    case dataError = 65
    /// A named ledger, file or stream does not exist.
    case notFound = 66
    /// An internal software error (a bug).
    case software = 70
    /// An output file or directory could not be created.
    case cannotCreate = 73
    /// An input or output operation failed.
    case ioError = 74
    /// A conflict or a held lock: the same command may succeed when retried.
    case temporaryFailure = 75

    /// The name used in documentation and JSON output, e.g. `"temporaryFailure"`.
    public var description: String {
        switch self {
        case .success: "success"
        case .findings: "findings"
        case .usage: "usage"
        case .dataError: "dataError"
        case .notFound: "notFound"
        case .software: "software"
        case .cannotCreate: "cannotCreate"
        case .ioError: "ioError"
        case .temporaryFailure: "temporaryFailure"
        }
    }
}
