import CaseImport
import CommandLineSupport
import EventStore
import Foundation
import LedgerCalendar
import Projections
import Reports
import Rulebooks
import SyntheticAuthority
import TextFormats

/// `caseledger demo`: the main job end to end on an embedded default — a synthetic local authority is
/// generated, imported into a ledger, verified, and shown: what is in it, annual figures, timescale
/// compliance and one child's chronology.
enum DemoCommand {
    /// The command declaration.
    static let command = Command(
        name: "demo", summary: "Build a synthetic local authority's ledger and show its figures and a chronology.",
        discussion: """
            Generates a deterministic synthetic authority (synthetic people only), imports it into a ledger under \
            --dir (one folder per parameter set), verifies every checksum, payload hash and chain link, and prints \
            counts, annual figures, timescale compliance for the last financial year and one child's chronology. \
            The full compliance report (HTML, with every clock drilled down to ledger positions) is written beside \
            the ledger. Run it again and the import appends nothing: events are idempotent by source id.
            """,
        options: [directory, seed, children, from, to], handler: run)

    private static let directory = OptionSpecification.value(
        "dir", valueName: "DIR", help: "Workspace root.", defaultValue: DemoWorkspace.defaultRoot)
    private static let seed = OptionSpecification.value(
        "seed", valueName: "N", help: "Generator seed.", defaultValue: "20130415")
    private static let children = OptionSpecification.value(
        "children", valueName: "N", help: "Children in the authority.", defaultValue: "8000")
    private static let from = OptionSpecification.value(
        "from", valueName: "DATE", help: "First day simulated.", defaultValue: "2012-04-01")
    private static let to = OptionSpecification.value(
        "to", valueName: "DATE", help: "Last day simulated (a 31 March ends a whole financial year).",
        defaultValue: "2016-03-31")

    private static func run(_ invocation: CommandInvocation) throws -> ExitCode {
        let parameters = try authorityParameters(invocation)
        let workspace = DemoWorkspace(
            root: invocation.arguments.value(directory.name) ?? DemoWorkspace.defaultRoot, seed: parameters.seed,
            childCount: parameters.childCount, from: parameters.startDate, to: parameters.endDate)
        let out = invocation.output
        let progress = invocation.errorOutput
        out.write(
            """
            CaseLedger demo: a synthetic local authority (synthetic people only)
              seed \(parameters.seed), \(DecimalText.grouped(parameters.childCount)) children, \
            \(parameters.startDate) to \(parameters.endDate)
              workspace \(workspace.directory)


            """)
        try POSIXFileSystem().createDirectory(atPath: workspace.directory)
        progress.write("caseledger demo: generating the authority…\n")
        let generated = try generate(parameters, to: workspace.authorityFile)
        let count = { (number: Int) in DecimalText.grouped(number) }
        out.write(
            "1. Generated  \(count(generated.eventCount)) events for \(count(generated.childCount)) children in "
                + "\(count(generated.householdCount)) households → \(workspace.authorityFile)\n")
        let store = try openOrCreate(workspace.ledger)
        defer { try? store.close() }
        progress.write("caseledger demo: importing (validate everything, then append)…\n")
        let imported = try Importer(store: store).run([try ImportInput.file(path: workspace.authorityFile)]) {
            progress.write("caseledger demo: \($0.phase.rawValue) \(DecimalText.grouped($0.rowsRead)) rows\n")
        }
        ImportCommand.write(imported.findings, to: progress, command: "demo")
        out.write("2. Imported   \(imported)\n")
        let verified = try store.verify()
        guard verified.firstFailure == nil else {
            throw CommandFailure(.findings, "the demo ledger failed verification: \(verified.firstFailure!)")
        }
        let recordCount = DecimalText.grouped(Int(verified.recordsChecked))
        out.write("3. Verified   \(recordCount) records: every CRC, payload hash and chain link intact\n")
        out.write("             chain head  \(HexText.encode(verified.chainHead))\n")
        out.write("             Merkle root \(HexText.encode(verified.merkleRoot))\n\n")
        progress.write("caseledger demo: folding the ledger into projections…\n")
        let reading = try LedgerEvent.readAll(from: store)
        let state = try ProjectionState.rebuild(from: reading)
        let figures = DemoFigures(state: state, events: reading.events, parameters: parameters, workspace: workspace)
        try figures.write(to: out)
        return .success
    }

    private static func authorityParameters(_ invocation: CommandInvocation) throws -> AuthorityParameters {
        let arguments = invocation.arguments
        func date(_ option: OptionSpecification) throws(UsageError) -> CivilDate {
            try arguments.value(option.name, expected: "a date YYYY-MM-DD") { CivilDate(iso8601: $0) }!
        }
        let parameters = AuthorityParameters(
            seed: try arguments.value(seed.name, expected: "a whole number ≥ 0") { UInt64($0) }!,
            childCount: try arguments.integer(children.name, in: 1...1_000_000)!,
            startDate: try date(from), endDate: try date(to))
        do {
            try parameters.validate()
        } catch {
            throw CommandFailure(.usage, "\(error)")
        }
        return parameters
    }

    /// Writes the authority as JSONL (temporary file, then rename), returning what was generated.
    private static func generate(_ parameters: AuthorityParameters, to path: String) throws -> GenerationSummary {
        let temporary = path + ".partial"
        guard FileManager.default.createFile(atPath: temporary, contents: nil),
            let handle = FileHandle(forWritingAtPath: temporary)
        else {
            throw CommandFailure(.cannotCreate, "cannot create \(temporary)")
        }
        var buffer: [UInt8] = []
        buffer.reserveCapacity(1 << 20)
        let summary = try SyntheticAuthority(parameters: parameters).generateLines { line in
            buffer.append(contentsOf: line)
            if buffer.count >= 1 << 20 {
                try handle.write(contentsOf: buffer)
                buffer.removeAll(keepingCapacity: true)
            }
        }
        try handle.write(contentsOf: buffer)
        try handle.synchronize()
        try handle.close()
        try POSIXFileSystem().renameFile(atPath: temporary, toPath: path)
        return summary
    }

    private static func openOrCreate(_ ledger: String) throws -> EventStore {
        let fileSystem = POSIXFileSystem()
        if fileSystem.fileExists(atPath: ledger) {
            return try EventStore.open(directory: ledger, fileSystem: fileSystem, mode: .readWrite)
        }
        return try EventStore.create(directory: ledger, fileSystem: fileSystem)
    }
}
