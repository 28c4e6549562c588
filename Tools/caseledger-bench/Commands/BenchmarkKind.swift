/// The benchmarks `caseledger-bench` runs, in the order `all` runs them.
enum BenchmarkKind: String, CaseIterable, Sendable {
    case append
    case read
    case hash
    case importing = "import"
    case projections
    case checkpoint
    case open

    /// One line for help.
    var summary: String {
        switch self {
        case .append: "Durable appends (single, batched, concurrent) against a raw pwrite+fdatasync loop."
        case .read: "Forward and per-stream reads and verify() over a freshly written ledger."
        case .hash: "SHA-256 and CRC-32C throughput over 64 MiB buffers."
        case .importing: "Generate a synthetic authority's JSONL, import it into a fresh ledger, import it again."
        case .projections: "Rebuild projections of an imported ledger; compliance and annual reports, also from a checkpoint."
        case .checkpoint: "Ed25519 sign and verify; create and check a signed checkpoint of a large ledger."
        case .open: "Open, write-open/append/close, one stream by index, and recovery on a large ledger."
        }
    }

    /// Runs the benchmark, recording its metrics in `context`.
    func run(in context: BenchContext) throws {
        switch self {
        case .append: try AppendBenchmark.run(in: context)
        case .read: try ReadBenchmark.run(in: context)
        case .hash: try HashBenchmark.run(in: context)
        case .importing: try ImportBenchmark.run(in: context)
        case .projections: try ProjectionBenchmark.run(in: context)
        case .checkpoint: try CheckpointBenchmark.run(in: context)
        case .open: try OpenBenchmark.run(in: context)
        }
    }
}
