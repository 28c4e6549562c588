import CaseImport
import Foundation
import Testing

/// The fenced block of `language` in docs/import-format.md, loaded through `#filePath`.
func documentedExample(_ language: String, filePath: String = #filePath) throws -> String {
    let root = URL(fileURLWithPath: filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    let doc = try String(contentsOf: root.appendingPathComponent("docs/import-format.md"), encoding: .utf8)
    let opening = "```\(language)\n"
    let start = try #require(doc.range(of: opening)).upperBound
    let end = try #require(doc.range(of: "```", range: start..<doc.endIndex)).lowerBound
    return String(doc[start..<end])
}

@Test func documentedExamplesImportToTheSameEvents() throws {
    let fromJSONL = try TemporaryLedger()
    let fromCSV = try TemporaryLedger()
    let jsonl = try documentedExample("json")
    let csv = try documentedExample("csv")

    let jsonlSummary = try Importer(store: fromJSONL.store).run([
        .bytes(Array(jsonl.utf8), name: "doc.jsonl", format: .jsonl)
    ])
    let csvSummary = try fromCSV.importCSV(csv)

    #expect(jsonlSummary.eventsAppended == 6)
    #expect(jsonlSummary.findings == [])
    #expect(csvSummary.findings == [])
    #expect(try fromCSV.payloads(of: "child-C-0001") == fromJSONL.payloads(of: "child-C-0001"))
}
