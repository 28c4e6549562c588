/// Totals of an import fuzzing campaign; `violations` must stay empty.
public struct ImportFuzzFigures: Sendable {
    /// Mutated inputs imported.
    public var cases = 0
    /// … JSONL and CSV.
    public var jsonlCases = 0
    public var csvCases = 0
    /// Mutations applied, by kind (several may be stacked on one input).
    public var mutations: [ImportMutation: Int] = [:]
    /// Inputs still valid, imported whole (exit 0).
    public var importedWhole = 0
    /// Inputs refused with exit 65, a finding naming file, line and field, and the ledger unchanged.
    public var refused = 0
    /// Invariant violations, each with its case number and mutations: any one is a defect.
    public var violations: [String] = []

    public init() {}

    /// One line per figure, for the tool's report.
    public var summary: String {
        let kinds = ImportMutation.allCases.map { "\($0.rawValue) \(mutations[$0] ?? 0)" }.joined(separator: ", ")
        return """
            mutated inputs        \(cases) (JSONL \(jsonlCases), CSV \(csvCases))
            mutations             \(kinds)
            imported whole        \(importedWhole)
            refused (65)          \(refused)
            violations            \(violations.count)

            """
    }
}
