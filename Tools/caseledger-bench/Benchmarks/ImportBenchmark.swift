/// `import`: the path a local authority's data takes into the ledger. Each run generates a synthetic
/// authority's JSONL file with `SyntheticAuthority.generateLines`, imports it with `Importer` into a
/// fresh ledger, then imports it again (idempotent: nothing is appended). The first import is compared
/// with the raw pwrite+fdatasync loop measured in the same run.
///
/// Every run uses the same seed, so every run generates and imports the same bytes.
enum ImportBenchmark {
    /// Runs the import benchmark and records its metrics.
    static func run(in context: BenchContext) throws {
        let baseline = try context.syncBaseline()
        let seed = context.settings.seed
        let childCount = try AuthorityFile.childCount(
            forEventCountAtLeast: context.sizes.importEventCount, seed: seed)
        let authority = try AuthorityFile.authority(seed: seed, childCount: childCount)
        context.progress("measuring import (\(NumberText.count(childCount)) children)")
        let runs = try Repetition.measure(runCount: context.sizes.runCount) { runIndex in
            let imported = try ImportedLedger.create(authority, in: context.scratch, name: "import-\(runIndex)")
            let again = try imported.importAgain()
            try imported.remove(from: context.scratch)
            return (imported: imported, again: again)
        }
        let file = runs[0].imported.file
        let fileDetail =
            "\(NumberText.count(childCount)) children, \(NumberText.count(file.eventCount)) events, "
            + "\(NumberText.bytes(file.sizeBytes)) JSONL per run"
        let generation = runs.map(\.imported.generation)
        let first = runs.map(\.imported.firstImport)
        let inputRead = first.map { RunSample(seconds: $0.seconds, operationCount: 1, sizeBytes: file.sizeBytes) }
        context.record([
            .rate("import.generate", generation, unit: "events/s", detail: "generateLines to a file, " + fileDetail),
            .throughput("import.generate.jsonl", generation, detail: "JSONL bytes generated and written per second"),
        ])
        context.record(
            AppendBenchmark.metrics(
                "import", first, detail: "Importer.run into a fresh ledger (validate, append), " + fileDetail,
                baseline: baseline))
        context.record([
            .throughput("import.jsonl", inputRead, detail: "JSONL input bytes imported per second"),
            .rate(
                "import.again", runs.map(\.again), unit: "events/s",
                detail: "re-import of the same file: every event already present, 0 appended"),
        ])
    }
}
