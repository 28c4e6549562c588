/// Decodes catalogue types from the cells of one CSV row, driven by the types' own `Decodable`
/// conformances: a keyed field `x` of a value at column prefix `p` is the column `p.x`; a list is one cell
/// split on `;`; Booleans are `true`/`false`; an empty cell is an absent field (docs/import-format.md).
///
/// So the CSV mapping never drifts from the catalogue: a new event type is importable from CSV as soon as
/// it decodes from JSON.
struct CSVCellDecoder: Decoder {
    /// Separates the items of a list cell (`1B;3A`).
    static let listSeparator: Character = ";"

    /// Where this decoder's value comes from.
    enum Source {
        /// The cells under a column prefix (empty for the top level).
        case cells(prefix: String)
        /// One item of a list cell.
        case item(String)
    }

    let row: CSVRowCells
    let source: Source
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard case .cells(let prefix) = source else { throw mismatch("an object") }
        return KeyedDecodingContainer(CSVKeyedContainer<Key>(decoder: self, prefix: prefix))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard case .cells(let prefix) = source else { throw mismatch("a list") }
        let items = row.consume(prefix).map {
            $0.split(separator: Self.listSeparator, omittingEmptySubsequences: false)
        }
        return CSVListContainer(decoder: self, items: (items ?? []).map(String.init))
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer { CSVScalarContainer(decoder: self) }

    /// The decoder one key deeper.
    func child(_ key: any CodingKey, prefix: String) -> CSVCellDecoder {
        CSVCellDecoder(
            row: row, source: .cells(prefix: Self.column(prefix, key.stringValue)), codingPath: codingPath + [key])
    }

    /// The text of this value: the item, or the cell at the prefix (marked consumed); nil when empty.
    func text() -> String? {
        switch source {
        case .item(let text): text
        case .cells(let prefix): row.consume(prefix)
        }
    }

    func mismatch(_ expected: String) -> DecodingError {
        DecodingError.typeMismatch(Any.self, DecodingError.Context(codingPath: codingPath, debugDescription: expected))
    }

    /// `prefix.key`, or `key` at the top level.
    static func column(_ prefix: String, _ key: String) -> String { prefix.isEmpty ? key : prefix + "." + key }
}

/// The non-empty cells of one row by column name, and which of them a decode has used.
final class CSVRowCells {
    private let cells: [String: String]
    private(set) var consumed: Set<String> = []

    /// Keeps only non-empty cells: an empty cell is an absent field.
    init(cells: [String: String]) { self.cells = cells.filter { !$0.value.isEmpty } }

    /// The cell in `column`, marking it used; nil when empty.
    func consume(_ column: String) -> String? {
        guard let text = cells[column] else { return nil }
        consumed.insert(column)
        return text
    }

    /// True when `column` or any column under `column.` has a value.
    func hasValue(at column: String) -> Bool {
        cells[column] != nil || cells.keys.contains { $0.hasPrefix(column + ".") }
    }

    /// The first key segment of every non-empty column under `prefix`.
    func keys(under prefix: String) -> Set<String> {
        let lead = prefix.isEmpty ? "" : prefix + "."
        return Set(
            cells.keys.filter { $0.hasPrefix(lead) }.map { String($0.dropFirst(lead.count).prefix { $0 != "." }) })
    }

    /// Non-empty columns that no decode used, in name order.
    func unconsumed(excluding names: Set<String>) -> [String] {
        cells.keys.filter { !consumed.contains($0) && !names.contains($0) }.sorted()
    }
}
