import CaseImport
import Foundation
import Synchronization
import Testing

/// Generates a JSONL journey file line by line, so the whole input never exists in memory at once.
final class GeneratedJourneys: ChunkReader {
    private let childCount: Int
    private var child = 0
    private var pending: [String] = []

    init(childCount: Int) { self.childCount = childCount }

    func nextChunk() throws(ImportError) -> [UInt8]? {
        if pending.isEmpty {
            guard child < childCount else { return nil }
            pending = Sample.journey(child: "C-\(child)", prefix: "g\(child)")
            child += 1
        }
        return Array((pending.removeFirst() + "\n").utf8)
    }
}

/// Small group and progress limits make 360 lines cross every threshold the defaults (4,096 events a group,
/// progress every 10,000 rows) would need 50,400 lines for.
@Test func largeInputIsStreamedTwiceAndAppendedInGroups() throws {
    let ledger = try TemporaryLedger()
    let childCount = 60  // 360 lines
    let options = ImportOptions(groupEventCountMax: 64, progressIntervalRows: 50)
    let opened = Atomic<Int>(0)
    let input = ImportInput(name: "generated.jsonl", format: .jsonl) { () throws(ImportError) -> any ChunkReader in
        opened.add(1, ordering: .relaxed)
        return GeneratedJourneys(childCount: childCount)
    }
    var phases: Set<ImportProgress.Phase> = []

    let summary = try Importer(store: ledger.store, options: options).run([input]) { phases.insert($0.phase) }

    #expect(summary.lines == childCount * 6)
    #expect(summary.eventsAppended == childCount * 6)
    #expect(summary.errors == 0)
    #expect(summary.groupsCommitted == (childCount * 6 + 63) / 64)
    #expect(opened.load(ordering: .relaxed) == 2)
    #expect(phases == [.validating, .appending])
    #expect(ledger.store.info.recordCount == UInt64(childCount * 6))
}

@Test func linesSplitAcrossTinyChunksAreReassembled() throws {
    let ledger = try TemporaryLedger()
    let text = Sample.journey(child: "C-1", prefix: "a").joined(separator: "\r\n") + "\r\n\n  \n"
    let input = ImportInput.bytes(Array(text.utf8), name: "crlf.jsonl", format: .jsonl, chunkSizeBytes: 7)
    let summary = try Importer(store: ledger.store).run([input])
    #expect(summary.eventsAppended == 6)
    #expect(summary.lines == 6)
}

@Test func filesAreReadByPathWithTheirFormatFromTheExtension() throws {
    let ledger = try TemporaryLedger()
    let jsonlPath = ledger.path("in.jsonl")
    let csvPath = ledger.path("in.csv")
    defer {
        try? FileManager.default.removeItem(atPath: jsonlPath)
        try? FileManager.default.removeItem(atPath: csvPath)
    }
    try (Sample.journey(child: "C-2", prefix: "b").joined(separator: "\n")).write(
        toFile: jsonlPath, atomically: true, encoding: .utf8)
    try journeyCSV.write(toFile: csvPath, atomically: true, encoding: .utf8)

    let summary = try Importer(store: ledger.store).run([
        ImportInput.file(path: jsonlPath), ImportInput.file(path: csvPath),
    ])

    #expect(summary.files == 2)
    #expect(summary.eventsAppended == 12)
}

@Test func missingFileIsNotFound() throws {
    let ledger = try TemporaryLedger()
    let error = refusal { () throws(ImportError) in
        try Importer(store: ledger.store).run([try ImportInput.file(path: ledger.path("absent.jsonl"))])
    }
    #expect(error?.code == .notFound)
}

@Test func unknownExtensionIsAUsageError() {
    #expect(throws: ImportError(.usage, "")) { try ImportInput.file(path: "events.txt") }
}

/// Delivers `text` and then fails, like a disk read error part-way through a file.
final class FailingReader: ChunkReader {
    private var first: [UInt8]?

    init(_ text: String) { first = Array(text.utf8) }

    func nextChunk() throws(ImportError) -> [UInt8]? {
        guard let chunk = first else { throw ImportError(.io, "simulated read failure") }
        first = nil
        return chunk
    }
}

@Test(arguments: [ImportInput.Format.jsonl, .csv])
func readFailureIsAnIOErrorAndWritesNothing(format: ImportInput.Format) throws {
    let ledger = try TemporaryLedger()
    let text = format == .csv ? "\(csvHeader)\n\(csvReferral)\n" : Sample.referral("E-1") + "\n"
    let input = ImportInput(name: "failing", format: format) { () throws(ImportError) -> any ChunkReader in
        FailingReader(text)
    }

    let error = refusal { () throws(ImportError) in try Importer(store: ledger.store).run([input]) }

    #expect(error?.code == .io)
    #expect(ledger.fingerprint.0 == 0)
}
