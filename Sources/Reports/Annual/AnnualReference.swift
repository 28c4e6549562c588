import CaseModel
import EventStore
import Integrity
import LedgerCalendar
import TextFormats

/// What the ledger cannot know: the 0–17 population of each year (for rates per 10,000) and published
/// comparators (statistical neighbours, England). Read from the small JSON file of `--reference`
/// (docs/annual-figures.md, "Reference file"); its SHA-256 goes into the report's provenance.
public struct AnnualReference: Hashable, Sendable {
    /// A published value to print beside a figure.
    public struct Comparator: Hashable, Sendable {
        /// The figure compared (an `AnnualFigure` id).
        public var figureID: String
        /// Who the value describes (`Statistical neighbours`, `England`).
        public var group: String
        /// The year.
        public var year: FinancialYear
        /// The value exactly as the file gives it.
        public var value: String
    }

    /// The 0–17 population by year.
    public var population: [FinancialYear: Int]
    /// Where the population figures come from (printed with the rates).
    public var populationSource: String
    /// Comparators, in file order.
    public var comparators: [Comparator]
    /// Lowercase hex SHA-256 of the file's bytes.
    public var sha256: String

    /// The format name the file must declare.
    public static let formatName = "caseledger-annual-reference"
    /// Largest reference file read.
    public static let sizeBytesMax = 1 << 20

    /// Parses a reference file.
    /// - Throws: `AnnualReferenceError` naming the field and why.
    public static func parse(_ bytes: [UInt8]) throws(AnnualReferenceError) -> AnnualReference {
        let document: JSONValue
        do {
            document = try JSONParser.parse(bytes, documentSizeBytesMax: sizeBytesMax)
        } catch {
            throw AnnualReferenceError(field: "(document)", reason: "not JSON: \(error)")
        }
        guard document["format"]?.stringValue == formatName, document["version"]?.integerValue == 1 else {
            throw AnnualReferenceError(field: "format", reason: "expected \"\(formatName)\" version 1")
        }
        let populationRows = try array(document["population0to17"], field: "population0to17")
        var population: [FinancialYear: Int] = [:]
        for (index, row) in populationRows.enumerated() {
            let field = "population0to17[\(index)]"
            let year = try financialYear(row["year"], field: field + ".year")
            guard let count = row["count"]?.integerValue, count > 0, let exact = Int(exactly: count) else {
                throw AnnualReferenceError(field: field + ".count", reason: "expected a positive integer")
            }
            guard population.updateValue(exact, forKey: year) == nil else {
                throw AnnualReferenceError(field: field + ".year", reason: "\(year.label) is given twice")
            }
        }
        let comparators = try array(document["comparators"] ?? .array([]), field: "comparators").enumerated().map {
            (index, row) throws(AnnualReferenceError) in try comparator(row, field: "comparators[\(index)]")
        }
        return AnnualReference(
            population: population, populationSource: document["populationSource"]?.stringValue ?? "not stated",
            comparators: comparators, sha256: HexText.encode(SHA256.hash(bytes)))
    }

    private static func comparator(_ row: JSONValue, field: String) throws(AnnualReferenceError) -> Comparator {
        guard let figureID = row["figure"]?.stringValue, AnnualFigure.named(figureID) != nil else {
            throw AnnualReferenceError(
                field: field + ".figure", reason: "expected a figure id of docs/annual-figures.md")
        }
        guard let group = row["group"]?.stringValue, !group.isEmpty else {
            throw AnnualReferenceError(field: field + ".group", reason: "expected a non-empty string")
        }
        let value: String
        switch row["value"] {
        case .integer(let number): value = String(number)
        case .number(let text): value = text
        default: throw AnnualReferenceError(field: field + ".value", reason: "expected a number")
        }
        return Comparator(
            figureID: figureID, group: group, year: try financialYear(row["year"], field: field + ".year"),
            value: value)
    }

    private static func array(_ value: JSONValue?, field: String) throws(AnnualReferenceError) -> [JSONValue] {
        guard let elements = value?.arrayValue else {
            throw AnnualReferenceError(field: field, reason: "expected an array")
        }
        return elements
    }

    private static func financialYear(_ value: JSONValue?, field: String) throws(AnnualReferenceError)
        -> FinancialYear
    {
        guard let text = value?.stringValue, let year = FinancialYear(argument: text) else {
            throw AnnualReferenceError(field: field, reason: "expected a financial year such as 2014-15")
        }
        return year
    }
}

/// A reference file that cannot be used: which field, and why (never its values).
public struct AnnualReferenceError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file's path, when the caller knows it (empty otherwise).
    public var file = ""
    /// The JSON path of the field (`population0to17[2].count`).
    public var field: String
    /// Why it was refused.
    public var reason: String

    /// Creates an error.
    public init(field: String, reason: String) {
        self.field = field
        self.reason = reason
    }

    /// `reference file ref.json, population0to17[2].count: expected a positive integer`.
    public var description: String {
        "reference file" + (file.isEmpty ? "" : " " + file) + ", \(field): \(reason)"
    }
}

extension FinancialYear {
    /// Parses `2014-15` or `2014/15` (the second part is the year after the first); nil otherwise.
    public init?(argument text: String) {
        self.init(label: String(text.map { $0 == "-" ? "/" : $0 }))
    }
}
