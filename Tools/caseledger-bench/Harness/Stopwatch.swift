import Glibc

/// Elapsed wall time from `CLOCK_MONOTONIC`, which never jumps with NTP or a changed system clock.
struct Stopwatch {
    private let startNanoseconds: UInt64

    /// Starts timing now.
    init() {
        startNanoseconds = Stopwatch.monotonicNanoseconds()
    }

    /// Nanoseconds since `init`.
    var elapsedNanoseconds: UInt64 {
        Stopwatch.monotonicNanoseconds() - startNanoseconds
    }

    /// Seconds since `init`.
    var elapsedSeconds: Double {
        Double(elapsedNanoseconds) / 1e9
    }

    /// Runs `body` and returns its result with the elapsed seconds.
    static func time<Result>(_ body: () throws -> Result) rethrows -> (result: Result, seconds: Double) {
        let stopwatch = Stopwatch()
        let result = try body()
        return (result, stopwatch.elapsedSeconds)
    }

    /// The monotonic clock in nanoseconds.
    static func monotonicNanoseconds() -> UInt64 {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return UInt64(now.tv_sec) * 1_000_000_000 + UInt64(now.tv_nsec)
    }
}
