/// How an import run behaves.
public struct ImportOptions: Sendable {
    /// Import the valid rows and refuse only the invalid ones (default: any error refuses the whole run).
    public var skipInvalid: Bool
    /// Where to write refused rows when `skipInvalid` is set (same format as the inputs, plus the reasons).
    public var rejectsPath: String?
    /// Most events in one append group (one `appendBatches` call, one fdatasync).
    public var groupEventCountMax: Int
    /// Most payload bytes in one append group.
    public var groupSizeBytesMax: Int
    /// Rows between two progress reports while validating.
    public var progressIntervalRows: Int
    /// Most findings kept in the summary or error (all are counted).
    public var findingsCountMax: Int

    /// Creates options; the defaults suit the CLI.
    public init(
        skipInvalid: Bool = false, rejectsPath: String? = nil, groupEventCountMax: Int = 4_096,
        groupSizeBytesMax: Int = 8 << 20, progressIntervalRows: Int = 10_000, findingsCountMax: Int = 10_000
    ) {
        self.skipInvalid = skipInvalid
        self.rejectsPath = rejectsPath
        self.groupEventCountMax = groupEventCountMax
        self.groupSizeBytesMax = groupSizeBytesMax
        self.progressIntervalRows = progressIntervalRows
        self.findingsCountMax = findingsCountMax
    }
}

/// A progress report for long imports (the CLI prints it to stderr).
public struct ImportProgress: Sendable, Equatable {
    /// Which pass is running.
    public enum Phase: String, Sendable {
        /// Reading and checking every row; nothing is written yet.
        case validating
        /// Appending the checked events in groups.
        case appending
    }

    /// Which pass is running.
    public var phase: Phase
    /// The input being read.
    public var file: String
    /// Rows read so far in this pass, over all inputs.
    public var rowsRead: Int
    /// Events appended so far.
    public var eventsAppended: Int
}
