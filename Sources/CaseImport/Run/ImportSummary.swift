import TextFormats

/// What an import run did.
public struct ImportSummary: Sendable, Equatable, CustomStringConvertible {
    /// Inputs read.
    public var files = 0
    /// Rows read (JSONL lines that are not blank, CSV data rows).
    public var lines = 0
    /// Events newly appended.
    public var eventsAppended = 0
    /// Events whose id was already in the ledger with the same content.
    public var alreadyPresent = 0
    /// Rows repeating an earlier row of the run exactly (counted once).
    public var duplicatesInRun = 0
    /// Rows refused (only with `skipInvalid`; written to the rejects file).
    public var rejected = 0
    /// Warning findings.
    public var warnings = 0
    /// Error findings.
    public var errors = 0
    /// Append groups committed (each one `appendBatches` call and one fdatasync).
    public var groupsCommitted = 0
    /// Newly appended events by event type.
    public var appendedByType: [String: Int] = [:]
    /// The findings, in input order, at most `ImportOptions.findingsCountMax`.
    public var findings: [ImportFinding] = []

    /// Creates an empty summary.
    public init() {}

    /// `2 files, 12,345 lines: 0 appended, 12,345 already present, 0 duplicates, 0 rejected, 3 warnings, 0 errors`.
    public var description: String {
        func counted(_ number: Int, _ noun: String) -> String {
            "\(DecimalText.grouped(number)) \(noun)\(number == 1 ? "" : "s")"
        }
        return "\(counted(files, "file")), \(counted(lines, "line")): \(DecimalText.grouped(eventsAppended)) appended, "
            + "\(DecimalText.grouped(alreadyPresent)) already present, \(counted(duplicatesInRun, "duplicate")), "
            + "\(DecimalText.grouped(rejected)) rejected, \(counted(warnings, "warning")), \(counted(errors, "error"))"
    }
}
