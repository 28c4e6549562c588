/// One CSV record: its fields in order and the line it starts on.
public struct CSVRecord: Sendable, Equatable {
    /// The fields, unquoted.
    public var fields: [String]
    /// The 1-based line on which the record starts (records with quoted line breaks span several lines).
    public var line: Int

    /// Creates a record.
    public init(fields: [String], line: Int) {
        self.fields = fields
        self.line = line
    }

    /// The field at `index`, or nil when out of range.
    public subscript(index: Int) -> String? { fields.indices.contains(index) ? fields[index] : nil }
}
