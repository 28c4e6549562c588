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
        "\(files) file\(files == 1 ? "" : "s"), \(Self.grouped(lines)) lines: \(Self.grouped(eventsAppended)) appended, "
            + "\(Self.grouped(alreadyPresent)) already present, \(Self.grouped(duplicatesInRun)) duplicates, "
            + "\(Self.grouped(rejected)) rejected, \(Self.grouped(warnings)) warnings, \(Self.grouped(errors)) errors"
    }

    /// `12345` as `12,345`.
    static func grouped(_ number: Int) -> String {
        let digits = String(number.magnitude)
        var text = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { text.append(",") }
            text.append(digit)
        }
        return number < 0 ? "-" + text : text
    }
}
