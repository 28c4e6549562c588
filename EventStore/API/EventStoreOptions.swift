#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Tunables of a store. The defaults suit production; tests shrink the segment cap and inject a clock.
public struct EventStoreOptions: Sendable {
    /// Segment size cap in bytes: a segment is sealed when the next record would not fit.
    public var segmentSizeBytesMax: Int
    /// The ledger clock: nanoseconds since the Unix epoch. The store never lets ledger time go backwards.
    public var clock: @Sendable () -> Int64
    /// How long a new group-commit leader may wait for the appenders of the previous group to queue again
    /// (FORMAT.md rule 1): the last sync's duration, clamped to this range. Default 50 µs to 2 ms.
    public var groupCommitWaitNanoseconds: ClosedRange<UInt64>

    /// Creates options.
    public init(
        segmentSizeBytesMax: Int = Limits.segmentSizeBytesDefault,
        clock: @escaping @Sendable () -> Int64 = systemClockNanoseconds,
        groupCommitWaitNanoseconds: ClosedRange<UInt64> = 50_000...2_000_000
    ) {
        self.segmentSizeBytesMax = segmentSizeBytesMax
        self.clock = clock
        self.groupCommitWaitNanoseconds = groupCommitWaitNanoseconds
    }

    /// Throws `invalidArgument` unless the options are within limits.
    func validate() throws(EventStoreError) {
        guard segmentSizeBytesMax >= Limits.segmentSizeBytesMin, segmentSizeBytesMax <= Limits.segmentSizeBytesMax
        else {
            throw EventStoreError(
                .invalidArgument,
                "segment size cap \(segmentSizeBytesMax) bytes is outside \(Limits.segmentSizeBytesMin)...\(Limits.segmentSizeBytesMax)"
            )
        }
    }

    /// The largest record that fits in an empty segment under this cap.
    var recordSizeBytesMax: Int { min(Limits.recordSizeBytesMax, segmentCapacityBytes) }

    /// The largest batch: a batch never spans segments, so it must fit in an empty one.
    var batchSizeBytesMax: Int { min(Limits.batchSizeBytesMax, segmentCapacityBytes) }

    private var segmentCapacityBytes: Int { segmentSizeBytesMax - SegmentHeader.sizeBytes - SegmentFooter.sizeBytes }
}

/// The system real-time clock in nanoseconds since the Unix epoch.
public func systemClockNanoseconds() -> Int64 {
    var now = timespec()
    clock_gettime(CLOCK_REALTIME, &now)
    return Int64(now.tv_sec) * 1_000_000_000 + Int64(now.tv_nsec)
}

/// How to open an existing ledger.
public enum OpenMode: Sendable, Equatable {
    /// Take the writer lock, recover the tail, accept appends.
    case readWrite
    /// No lock, no recovery, no writes: see the durable records (also for forensics on a damaged ledger).
    case readOnly
}

/// Direction of a positional read.
public enum ReadDirection: Sendable, Equatable {
    /// Increasing positions from the start position.
    case forward
    /// Decreasing positions from the start position.
    case backward
}
