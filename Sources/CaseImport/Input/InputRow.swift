import CaseModel

/// One row of an input, decoded or refused, with what the rejects file needs to reproduce it.
struct InputRow {
    /// The row as it was read, for the rejects file.
    enum Raw {
        /// A JSONL line's bytes (without the line end).
        case line([UInt8])
        /// A CSV row's fields, in header order.
        case fields([String])
        /// Nothing to reproduce (an unreadable file tail).
        case none
    }

    /// The 1-based line where the row starts; 0 for a whole-file problem.
    var line: Int
    /// The decoded event, or nil when decoding failed.
    var event: CaseEvent?
    /// Syntax and schema findings (an event is nil exactly when one of these is an error).
    var findings: [ImportFinding]
    /// The original text.
    var raw: Raw
    /// True when the problem stops the rest of the file from being read (CSV syntax, bad header).
    var isFatal = false
}

extension ImportFinding {
    /// The finding for a decoding failure of a row.
    init(_ error: CaseEventError, file: String, line: Int) {
        self.init(
            severity: .error, stage: error.kind == .notAnObject ? .syntax : .schema, file: file, line: line,
            field: error.path, value: error.value, reason: error.kind.rawValue)
    }

    /// The finding for a single-event validation issue.
    init(_ issue: ValidationIssue, file: String, line: Int) {
        self.init(
            severity: issue.severity == .error ? .error : .warning, stage: .event, file: file, line: line,
            field: issue.path, value: issue.value, reason: issue.reason.rawValue)
    }
}
