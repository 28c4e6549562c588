import Foundation
import SeededRandom

/// Seeded import fuzzing against the built binary: valid generated JSONL and CSV files (whole journeys of
/// synthetic children), mutated (`ImportMutation`), imported with `caseledger import --json`. Each run must
/// end in one of two ways: exit 0 with every line accounted for (appended, already present or a duplicate)
/// and the ledger grown by exactly the appended events; or exit 65 with a finding naming the file, a line
/// and a field, "nothing was written", and every ledger file unchanged byte for byte. A signal, another
/// exit code or a Swift runtime message (a crash report, a stack trace) is a violation.
public struct ImportFuzzCampaign {
    let binary: URL
    let directory: URL
    var random: SplitMix64
    public private(set) var figures = ImportFuzzFigures()

    var ledger: String { directory.appendingPathComponent("ledger").path }

    /// A campaign in `directory` (created if missing) with the `caseledger` binary at `binary`.
    public init(binary: URL, directory: URL, seed: UInt64) throws {
        self.binary = binary
        self.directory = directory
        random = SplitMix64(seed: seed)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    /// Imports `caseCount` mutated inputs into one ledger, which starts with one valid journey.
    public mutating func run(caseCount: Int, progress: (String) -> Void = { _ in }) throws {
        let created = try CampaignProcess.run(
            binary: binary, arguments: ["init", "--ledger", ledger], directory: directory)
        guard created.exited(0) else { throw CampaignError("init failed: \(created.errorOutput)") }
        try Data(CampaignEvents.jsonLines(tag: "F-base").map { $0 + "\n" }.joined().utf8)
            .write(to: directory.appendingPathComponent("base.jsonl"))
        let base = try CampaignProcess.run(
            binary: binary, arguments: ["import", "--ledger", ledger, "base.jsonl"], directory: directory)
        guard base.exited(0) else { throw CampaignError("base import failed: \(base.errorOutput)") }
        for number in 0..<caseCount {
            try runCase(number)
            if (number + 1) % 100 == 0 { progress("\(number + 1) cases") }
        }
    }

    private mutating func runCase(_ number: Int) throws {
        let isCSV = random.nextBool()
        let format = isCSV ? "csv" : "jsonl"
        let tags = (0..<(1 + random.next(below: 3))).map { "F\(number)-\($0)" }
        let valid =
            isCSV
            ? ([CampaignEvents.csvHeader] + tags.flatMap(CampaignEvents.csvRows(tag:)))
            : tags.flatMap(CampaignEvents.jsonLines(tag:))
        var bytes = Array(valid.map { $0 + "\n" }.joined().utf8)
        var applied: [ImportMutation] = []
        for _ in 0..<(1 + random.next(below: 3)) {
            let mutation = ImportMutation.allCases[random.next(below: ImportMutation.allCases.count)]
            bytes = mutation.apply(to: bytes, format: format, random: &random)
            applied.append(mutation)
            figures.mutations[mutation, default: 0] += 1
        }
        let fileName = "case-\(number).\(format)"
        try Data(bytes).write(to: directory.appendingPathComponent(fileName))
        figures.cases += 1
        if isCSV { figures.csvCases += 1 } else { figures.jsonlCases += 1 }
        let before = try LedgerFiles(directory: ledger)
        let outcome = try CampaignProcess.run(
            binary: binary, arguments: ["import", "--ledger", ledger, "--json", fileName], directory: directory)
        let label = "case \(number) (\(fileName): \(applied.map(\.rawValue).joined(separator: "+")))"
        let problems = try judge(outcome, fileName: fileName, before: before)
        figures.violations += problems.map { "\(label): \($0)" }
        if problems.isEmpty {
            try? FileManager.default.removeItem(at: directory.appendingPathComponent(fileName))
        }
    }

    /// What is wrong with how the import of `fileName` ended.
    private mutating func judge(_ outcome: ProcessOutcome, fileName: String, before: LedgerFiles) throws -> [String] {
        let runtimeMarkers = ["Fatal error", "Stack dump", "Backtrace", "stack trace", "Swift runtime failure"]
        if outcome.wasSignalled { return ["ended by signal \(outcome.status): \(outcome.errorOutput.prefix(300))"] }
        if let marker = runtimeMarkers.first(where: outcome.errorOutput.contains) {
            return ["standard error holds '\(marker)': \(outcome.errorOutput.prefix(300))"]
        }
        switch outcome.status {
        case 0:
            figures.importedWhole += 1
            return try problemsOfAnImport(outcome, before: before)
        case 65:
            figures.refused += 1
            return try problemsOfARefusal(outcome, fileName: fileName, before: before)
        default:
            return ["exit \(outcome.status), expected 0 or 65: \(outcome.errorOutput.prefix(300))"]
        }
    }

    private func problemsOfARefusal(_ outcome: ProcessOutcome, fileName: String, before: LedgerFiles) throws -> [String]
    {
        var problems: [String] = []
        if try LedgerFiles(directory: ledger) != before { problems.append("refused, but the ledger files changed") }
        let findings = outcome.errorOutput.split(separator: "\n").filter { line in
            line.hasPrefix("caseledger import: error \(fileName):") && Self.namesLineAndField(line, fileName: fileName)
        }
        if findings.isEmpty {
            problems.append("no finding names the file, a line and a field: \(outcome.errorOutput.prefix(300))")
        }
        if !outcome.errorOutput.contains("nothing was written") { problems.append("does not say nothing was written") }
        return problems
    }

    /// `caseledger import: error FILE:LINE:COLUMN: …` (a syntax error, located by column) or
    /// `caseledger import: error FILE:LINE FIELD …`, with LINE ≥ 1.
    static func namesLineAndField(_ line: Substring, fileName: String) -> Bool {
        let rest = line.dropFirst("caseledger import: error \(fileName):".count)
        let location = rest.prefix { $0 != " " }
        let parts = location.split(separator: ":")
        guard let lineNumber = parts.first.flatMap({ Int($0) }), lineNumber >= 1 else { return false }
        if parts.count == 2, Int(parts[1]) != nil, location.hasSuffix(":") { return true }
        let field = rest.dropFirst(location.count + 1).prefix { $0 != " " }
        return parts.count == 1 && !field.isEmpty
    }

    private func problemsOfAnImport(_ outcome: ProcessOutcome, before: LedgerFiles) throws -> [String] {
        let summary = outcome.output
        let member = { (name: String) in KillCampaign.integerMember("\"\(name)\"", in: summary) ?? 0 }
        var problems: [String] = []
        if member("appended") + member("alreadyPresent") + member("duplicatesInRun") != member("lines")
            || member("rejected") != 0 || member("errors") != 0
        {
            problems.append("exit 0 but not every line was imported: \(summary)")
        }
        let grown = try LedgerSnapshot.read(directory: ledger).recordCount - before.recordCount
        if grown != member("appended") {
            problems.append("the ledger grew by \(grown), the summary says \(member("appended"))")
        }
        return problems
    }
}

/// Every file of a ledger directory, byte for byte, and the record count a reader sees.
struct LedgerFiles: Equatable {
    var contents: [String: Data]
    var recordCount: UInt64

    init(directory: String) throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: directory)
        contents = try Dictionary(
            uniqueKeysWithValues: names.map { ($0, try Data(contentsOf: URL(fileURLWithPath: directory + "/" + $0))) })
        recordCount = try LedgerSnapshot.read(directory: directory).recordCount
    }
}
