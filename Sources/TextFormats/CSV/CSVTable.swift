/// A CSV file with a header row: reads data rows one at a time and checks each has one field per column.
public struct CSVTable {
    /// The column names from the header row, in order.
    public let header: [String]
    private let columnIndices: [String: Int]
    private var reader: CSVReader

    /// Reads the header row from `reader`.
    ///
    /// - Throws: `CSVError` for an empty input (`missingHeader`), a repeated column name or a syntax error.
    public init(reader: CSVReader) throws(CSVError) {
        var reader = reader
        guard let headerRecord = try reader.next() else { throw CSVError(line: 1, reason: .missingHeader) }
        var indices: [String: Int] = [:]
        for (index, name) in headerRecord.fields.enumerated() {
            guard indices.updateValue(index, forKey: name) == nil else {
                throw CSVError(line: headerRecord.line, reason: .duplicateColumn(name))
            }
        }
        self.header = headerRecord.fields
        self.columnIndices = indices
        self.reader = reader
    }

    /// Reads the next data row, or nil at the end of the input.
    ///
    /// - Throws: `CSVError` for a syntax error or a row whose field count differs from the header's.
    public mutating func nextRow() throws(CSVError) -> CSVRow? {
        guard let record = try reader.next() else { return nil }
        guard record.fields.count == header.count else {
            throw CSVError(
                line: record.line, reason: .fieldCountMismatch(expected: header.count, found: record.fields.count))
        }
        return CSVRow(record: record, columnIndices: columnIndices)
    }

    /// Reads every remaining row; for small inputs only.
    public mutating func readAllRows() throws(CSVError) -> [CSVRow] {
        var rows: [CSVRow] = []
        while let row = try nextRow() { rows.append(row) }
        return rows
    }
}

/// A data row of a `CSVTable`: fields by column name or by index.
public struct CSVRow: Sendable, Equatable {
    /// The fields in column order and the line the row starts on.
    public let record: CSVRecord
    private let columnIndices: [String: Int]

    init(record: CSVRecord, columnIndices: [String: Int]) {
        self.record = record
        self.columnIndices = columnIndices
    }

    /// The 1-based line on which the row starts.
    public var line: Int { record.line }

    /// The field in the column named `column`, or nil when the header has no such column.
    public subscript(column: String) -> String? { columnIndices[column].map { record.fields[$0] } }

    /// The field at `index`, or nil when out of range.
    public subscript(index: Int) -> String? { record[index] }

    /// The row as a dictionary from column name to field.
    public var dictionary: [String: String] { columnIndices.mapValues { record.fields[$0] } }
}
