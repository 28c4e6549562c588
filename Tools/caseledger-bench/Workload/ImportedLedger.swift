import CaseImport
import SyntheticAuthority

/// A fresh scratch ledger filled by generating a synthetic authority's JSONL file and importing it with
/// `Importer`, as `caseledger-gen` followed by `caseledger import` would: both steps timed.
struct ImportedLedger {
    /// The ledger, still open; the caller removes it.
    var ledger: ScratchLedger
    /// The generated JSONL file, still on disk; the caller removes it.
    var file: AuthorityFile
    /// Generating and writing the file: its events, its bytes.
    var generation: RunSample
    /// The first import into the empty ledger: events appended, log bytes written, syncs.
    var firstImport: RunSample

    /// Generates `authority` into `scratch/name.jsonl` and imports it into a new ledger `scratch/name`.
    /// - Throws: `BenchError` (`inconsistent`) if the import does not append every generated event;
    ///   `ImportError`, `EventStoreError` or `BenchError` from the steps themselves.
    static func create(_ authority: SyntheticAuthority, in scratch: ScratchDirectory, name: String) throws
        -> ImportedLedger
    {
        let (file, generationSeconds) = try Stopwatch.time {
            try AuthorityFile.write(authority, toPath: scratch.path(for: fileName(name)))
        }
        let generation = RunSample(
            seconds: generationSeconds, operationCount: file.eventCount, sizeBytes: file.sizeBytes, syncCount: 1)
        let ledger = try ScratchLedger.create(in: scratch, name: name)
        let firstImport = try importFile(file, into: ledger, expectedAppendedCount: file.eventCount)
        return ImportedLedger(ledger: ledger, file: file, generation: generation, firstImport: firstImport)
    }

    /// Imports `file` into `ledger` once more, timed. Every event is already present, so none is appended.
    /// - Throws: `BenchError` (`inconsistent`) if anything is appended.
    func importAgain() throws -> RunSample {
        try Self.importFile(file, into: ledger, expectedAppendedCount: 0)
    }

    /// Closes and deletes the ledger and deletes the JSONL file.
    /// - Throws: `EventStoreError` if closing fails, `BenchError` if removal fails.
    func remove(from scratch: ScratchDirectory) throws {
        try ledger.remove()
        try scratch.remove(Self.fileName(ledger.name))
    }

    private static func fileName(_ name: String) -> String { name + ".jsonl" }

    /// One timed `Importer.run` (default options, as the CLI uses) of `file`; the sample counts the
    /// file's rows as operations and the log bytes the store wrote as bytes.
    private static func importFile(_ file: AuthorityFile, into ledger: ScratchLedger, expectedAppendedCount: Int)
        throws -> RunSample
    {
        let input = try ImportInput.file(path: file.path, format: .jsonl)
        var summary = ImportSummary()
        let sample = try ledger.time { store in
            summary = try Importer(store: store).run([input])
            return summary.lines
        }
        guard summary.lines == file.eventCount else {
            throw BenchError.inconsistent("import", expected: file.eventCount, actual: summary.lines, of: "rows read")
        }
        guard summary.eventsAppended == expectedAppendedCount else {
            throw BenchError.inconsistent(
                "import", expected: expectedAppendedCount, actual: summary.eventsAppended, of: "events appended")
        }
        return sample
    }
}
