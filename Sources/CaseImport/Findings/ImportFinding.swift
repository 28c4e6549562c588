import CaseModel

/// One problem found in the input: where it is, what it is, and whether it blocks the import.
///
/// `value` carries only codes, ids, dates or type names, never free text or personal data; `detail`
/// explains the reason in English without quoting the input.
public struct ImportFinding: Sendable, Hashable, CustomStringConvertible {
    /// Whether the finding refuses the row (`error`) or only flags it (`warning`).
    public enum Severity: String, Sendable, Hashable {
        /// The row is refused; without `skipInvalid` the whole run writes nothing.
        case error
        /// The row is imported and the finding is reported (a data-quality flag).
        case warning
    }

    /// The family of checks that produced the finding.
    public enum Stage: String, Sendable, Hashable {
        /// The bytes are not valid JSON / CSV, or the CSV header is unusable.
        case syntax
        /// The row does not decode to a catalogue event (type, fields, codes, dates).
        case schema
        /// A single-event rule of the catalogue (`CaseEvent.validate()`).
        case event
        /// A check across events of the run and of the ledger (links, episodes, duplicates).
        case reference
    }

    /// Error or warning.
    public var severity: Severity
    /// Which family of checks found it.
    public var stage: Stage
    /// The input's name (its path for files).
    public var file: String
    /// The 1-based line where the row starts; 0 for the file as a whole.
    public var line: Int
    /// The 1-based column, for JSON syntax errors only.
    public var column: Int?
    /// The field path (`data.factors[1]`, `occurredOn`) or CSV column; empty for the whole row.
    public var field: String
    /// The offending code, id, date or type name, if useful; withheld unless it has only id characters.
    public var value: String?
    /// A stable camel-case reason code, e.g. `unknownCode` or `icpcWithoutSection47` (docs/import-format.md).
    public var reason: String
    /// A short English explanation without case content.
    public var detail: String?

    /// Creates a finding.
    public init(
        severity: Severity, stage: Stage, file: String, line: Int, column: Int? = nil, field: String = "",
        value: String? = nil, reason: String, detail: String? = nil
    ) {
        self.severity = severity
        self.stage = stage
        self.file = file
        self.line = line
        self.column = column
        self.field = field
        self.value = value.flatMap(Self.displayable)
        self.reason = reason
        self.detail = detail
    }

    /// `error people.jsonl:12 data.factors[1] "9Z": unknownCode (not a AssessmentFactor code)`.
    public var description: String {
        var text = "\(severity.rawValue) \(file):\(line)"
        if let column { text += ":\(column)" }
        if !field.isEmpty { text += " \(field)" }
        if let value { text += " \"\(value)\"" }
        text += ": \(reason)"
        if let detail { text += " (\(detail))" }
        return text
    }
}

extension ImportFinding {
    /// `value` if it looks like a code, id, date or type name (only `EventLimits.isAllowedInID` bytes), else
    /// nil: free text typed into a code field must not reach a finding.
    static func displayable(_ value: String) -> String? {
        value.utf8.allSatisfy(EventLimits.isAllowedInID) ? value : nil
    }

    /// True for `error` findings.
    public var isError: Bool { severity == .error }
}
