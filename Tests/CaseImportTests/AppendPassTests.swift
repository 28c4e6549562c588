import CaseImport
import CaseModel
import Synchronization
import Testing

/// Delivers its bytes in one chunk.
final class WholeInput: ChunkReader {
    private var bytes: [UInt8]?

    init(_ lines: [String]) { bytes = Array((lines.joined(separator: "\n") + "\n").utf8) }

    func nextChunk() throws(ImportError) -> [UInt8]? {
        defer { bytes = nil }
        return bytes
    }
}

/// The canonical form of a JSONL event line.
func canonical(_ line: String) throws -> String {
    String(decoding: try CaseEvent.decode(jsonBytes: Array(line.utf8)).canonicalBytes, as: UTF8.self)
}

/// An input whose first opening reads `first` and every later opening reads `later`.
func changingInput(first: [String], later: [String]) -> ImportInput {
    let openings = Atomic<Int>(0)
    return ImportInput(name: "changing.jsonl", format: .jsonl) { () throws(ImportError) -> any ChunkReader in
        openings.add(1, ordering: .relaxed).newValue == 1 ? WholeInput(first) : WholeInput(later)
    }
}

@Test func canonicalLinesAreAppendedAsRead() throws {
    let ledger = try TemporaryLedger()
    let lines = try Sample.journey(child: "C-1", prefix: "a").map(canonical)

    let summary = try ledger.importLines(lines)

    #expect(summary.eventsAppended == 6)
    #expect(try ledger.payloads(of: "child-C-1") == lines.map { Array($0.utf8) })
}

@Test func nonCanonicalLinesAreAppendedInCanonicalForm() throws {
    let ledger = try TemporaryLedger()
    let lines = Sample.journey(child: "C-1", prefix: "a")
    #expect(try lines.allSatisfy { try canonical($0) != $0 })

    try ledger.importLines(lines)

    #expect(try ledger.payloads(of: "child-C-1") == lines.map { Array(try canonical($0).utf8) })
}

@Test func sameEventRewrittenBetweenPassesIsAppendedInCanonicalForm() throws {
    let ledger = try TemporaryLedger()
    let line = try canonical(Sample.referral("E-1"))
    let input = changingInput(first: [line], later: [Sample.referral("E-1")])

    let summary = try Importer(store: ledger.store).run([input])

    #expect(summary.eventsAppended == 1)
    #expect(try ledger.payloads(of: "child-C-1") == [Array(line.utf8)])
}

@Test(arguments: [
    Sample.referral("E-1", source: "3A"),  // another event, still valid
    #"{"eventId":"E-1""#,  // no longer JSON
])
func inputChangedBetweenPassesIsAConflict(laterLine: String) throws {
    let ledger = try TemporaryLedger()
    let first = [try canonical(Sample.referral("E-0")), try canonical(Sample.referral("E-1"))]
    let input = changingInput(first: first, later: [first[0], laterLine])

    let error = refusal { () throws(ImportError) in try Importer(store: ledger.store).run([input]) }

    #expect(error?.code == .conflict)
    #expect(error?.message.contains("changing.jsonl:2: the input changed") == true)
    #expect(ledger.fingerprint.0 == 0)
}
