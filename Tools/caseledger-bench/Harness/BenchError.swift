import Glibc

/// A failure of the benchmark harness itself: a system call on the scratch directory, a ledger that
/// did not verify, a workload that read back the wrong count.
///
/// Messages name the operation, the path and the errno, never event payloads.
struct BenchError: Error, Sendable, CustomStringConvertible {
    /// What kind of failure, for the exit code.
    enum Code: Sendable, Equatable {
        /// A system call failed (exit code: I/O error).
        case io
        /// A benchmark observed a result that contradicts what it wrote (exit code: software).
        case inconsistent
        /// A `--save` name or other argument the harness cannot use (exit code: usage).
        case invalidArgument
    }

    /// The kind of failure.
    var code: Code
    /// What failed, where and why.
    var message: String

    var description: String { message }

    /// A failed system call: `operation path: strerror (errno N)`, read from the current `errno`.
    static func system(_ operation: String, path: String) -> BenchError {
        let number = errno
        let reason = String(cString: strerror(number))
        return BenchError(code: .io, message: "\(operation) \(path): \(reason) (errno \(number))")
    }

    /// A result that contradicts the workload, naming the benchmark and both counts.
    static func inconsistent(_ benchmark: String, expected: Int, actual: Int, of what: String) -> BenchError {
        BenchError(code: .inconsistent, message: "\(benchmark): expected \(expected) \(what), found \(actual)")
    }
}
