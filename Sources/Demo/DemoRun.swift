import CaseImport
import CommandLineSupport
import EventStore
import Projections
import SyntheticAuthority
import TextFormats

/// `caseledger demo` as a library, so the CLI, tests and tools run the same code: a synthetic local authority
/// is generated, imported into a ledger, verified, folded and shown (contents, annual figures, compliance, a
/// chronology known at a time, the LSCB's overdue actions).
public struct DemoRun: Sendable {
    /// The authority generated.
    public let parameters: AuthorityParameters
    /// Where the files go: one folder per parameter set under the root.
    public let workspace: DemoWorkspace

    /// The run of `parameters` under the workspace root `root`.
    public init(parameters: AuthorityParameters, root: String) {
        self.parameters = parameters
        workspace = DemoWorkspace(
            root: root, generatorVersion: AuthorityParameters.generatorVersion, seed: parameters.seed, childCount: parameters.childCount, from: parameters.startDate,
            to: parameters.endDate)
    }

    /// Runs every step, printing the sections to `out` and progress to `progress`; `writeFile` writes the
    /// compliance report atomically. A second run finds the ledger and appends nothing (idempotent import).
    /// - Throws: `CommandFailure` (73) when the authority file cannot be created, (1) when the ledger fails
    ///   verification; generation, import, store and projection errors as they are.
    public func run(
        output out: any TextSink, progress: any TextSink, writeFile: @escaping ([UInt8], String) throws -> Void
    ) throws {
        out.write(
            """
            CaseLedger demo: a synthetic local authority (synthetic people only)
              seed \(parameters.seed), \(DecimalText.grouped(parameters.childCount)) children, \
            \(parameters.startDate) to \(parameters.endDate)
              workspace \(workspace.directory)


            """)
        try POSIXFileSystem().createDirectory(atPath: workspace.directory)
        progress.write("caseledger demo: generating the authority…\n")
        let generated = try generate(to: workspace.authorityFile)
        let count = { (number: Int) in DecimalText.grouped(number) }
        out.write(
            "1. Generated  \(count(generated.eventCount)) events for \(count(generated.childCount)) children in "
                + "\(count(generated.householdCount)) households → \(workspace.authorityFile)\n")
        let store = try Self.openOrCreate(workspace.ledger)
        defer { try? store.close() }
        progress.write("caseledger demo: importing (validate everything, then append)…\n")
        let imported = try Importer(store: store).run([try ImportInput.file(path: workspace.authorityFile)]) {
            progress.write("caseledger demo: \($0.phase.rawValue) \(DecimalText.grouped($0.rowsRead)) rows\n")
        }
        for finding in imported.findings { progress.write("caseledger demo: \(finding)\n") }
        out.write("2. Imported   \(imported)\n")
        try verify(store, to: out)
        progress.write("caseledger demo: folding the ledger into projections…\n")
        let reading = try LedgerEvent.readAll(from: store)
        let state = try ProjectionState.rebuild(from: reading)
        try DemoFigures(
            state: state, events: reading.events, parameters: parameters, workspace: workspace, writeFile: writeFile
        ).write(to: out)
    }

    /// Verifies every record of the ledger and prints the chain head and Merkle root.
    private func verify(_ store: EventStore, to out: any TextSink) throws {
        let verified = try store.verify()
        if let failure = verified.firstFailure {
            throw CommandFailure(.findings, "the demo ledger failed verification: \(failure)")
        }
        let recordCount = DecimalText.grouped(Int(verified.recordsChecked))
        out.write("3. Verified   \(recordCount) records: every CRC, payload hash and chain link intact\n")
        out.write("             chain head  \(HexText.encode(verified.chainHead))\n")
        out.write("             Merkle root \(HexText.encode(verified.merkleRoot))\n\n")
    }

    /// Writes the authority as JSONL atomically (`AtomicFileWriter`), returning what was generated.
    private func generate(to path: String) throws -> GenerationSummary {
        let writer = try AtomicFileWriter(path: path, fileSystem: POSIXFileSystem())
        var buffer: [UInt8] = []
        buffer.reserveCapacity(Self.generateBufferSizeBytes)
        let summary = try SyntheticAuthority(parameters: parameters).generateLines { line in
            buffer.append(contentsOf: line)
            if buffer.count >= Self.generateBufferSizeBytes {
                try writer.append(buffer)
                buffer.removeAll(keepingCapacity: true)
            }
        }
        try writer.append(buffer)
        try writer.commit()
        return summary
    }

    /// Bytes of generated JSONL buffered before a write.
    private static let generateBufferSizeBytes = 1 << 20

    private static func openOrCreate(_ ledger: String) throws -> EventStore {
        let fileSystem = POSIXFileSystem()
        if fileSystem.fileExists(atPath: ledger) {
            return try EventStore.open(directory: ledger, fileSystem: fileSystem, mode: .readWrite)
        }
        return try EventStore.create(directory: ledger, fileSystem: fileSystem)
    }
}
