/// The printed (and saved) result of one invocation: a header naming the command, commit, machine,
/// scratch file system and date, then one table row per metric.
struct BenchReport: Sendable {
    /// The command line that produced the report.
    var commandLine: String
    /// The commit of the benchmarked code, or nil if it could not be read.
    var revision: GitRevision?
    /// The machine.
    var machine: MachineDescription
    /// The scratch directory the benchmarks wrote to.
    var scratchPath: String
    /// When the run finished, UTC, ISO 8601.
    var finishedAt: String
    /// Measured runs per benchmark, and whether the sizes were the quick ones.
    var runCount: Int
    var isQuick: Bool
    /// The rows.
    var metrics: [BenchMetric]

    /// True in a debug build, whose figures are not representative.
    static var isDebugBuild: Bool {
        #if DEBUG
            true
        #else
            false
        #endif
    }

    /// The report as text: header lines, a blank line, the table.
    var rendered: String {
        header.map { $0 + "\n" }.joined() + "\n" + table
    }

    private var header: [String] {
        let sizes = isQuick ? "quick sizes" : "full sizes"
        var lines = [
            "# \(commandLine)",
            "commit   \(revision?.description ?? "unknown (no readable .git; pass --commit)")",
            "machine  \(machine.description)",
            "scratch  \(scratchPath) (\(machine.scratchFileSystem))",
            "date     \(finishedAt)",
            "runs     \(runCount) measured after 1 discarded warm-up run, \(sizes); median, min, max per metric",
        ]
        if Self.isDebugBuild { lines.append("WARNING  debug build: figures are not representative (use -c release)") }
        return lines
    }

    private var table: String {
        let titles = ["benchmark", "median", "min", "max", "unit", "ratio", "detail"]
        let rows = metrics.map(Self.cells)
        let widths = titles.indices.map { column in
            rows.reduce(titles[column].count) { max($0, $1[column].count) }
        }
        let rightAligned: Set<Int> = [1, 2, 3, 5]
        func line(_ cells: [String]) -> String {
            let padded = cells.enumerated().map { column, cell in
                let padding = String(repeating: " ", count: widths[column] - cell.count)
                return column == cells.count - 1
                    ? cell : rightAligned.contains(column) ? padding + cell : cell + padding
            }
            return padded.joined(separator: "  ")
        }
        return ([line(titles)] + rows.map(line)).map { $0 + "\n" }.joined()
    }

    private static func cells(_ metric: BenchMetric) -> [String] {
        let statistics = metric.statistics
        let ratio = metric.ratio.map { NumberText.format($0.value) + "x " + $0.baselineName } ?? ""
        return [
            metric.name, NumberText.format(statistics.median), NumberText.format(statistics.minimum),
            NumberText.format(statistics.maximum), metric.unit, ratio, metric.detail,
        ]
    }
}
