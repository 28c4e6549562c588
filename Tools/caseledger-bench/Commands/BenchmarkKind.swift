/// The benchmarks `caseledger-bench` runs, in the order `all` runs them.
enum BenchmarkKind: String, CaseIterable, Sendable {
    case append
    case read
    case hash

    /// One line for help.
    var summary: String {
        switch self {
        case .append: "Durable appends (single, batched, concurrent) against a raw pwrite+fdatasync loop."
        case .read: "Forward and per-stream reads and verify() over a freshly written ledger."
        case .hash: "SHA-256 and CRC-32C throughput over 64 MiB buffers."
        }
    }

    /// Runs the benchmark, recording its metrics in `context`.
    func run(in context: BenchContext) throws {
        switch self {
        case .append: try AppendBenchmark.run(in: context)
        case .read: try ReadBenchmark.run(in: context)
        case .hash: try HashBenchmark.run(in: context)
        }
    }
}
