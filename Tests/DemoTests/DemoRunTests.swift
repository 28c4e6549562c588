import CommandLineSupport
import Demo
import Foundation
import LedgerCalendar
import SyntheticAuthority
import Testing

/// The demo's pipeline run as a library (what `caseledger demo` calls): every section, the compliance report
/// handed to the file writer, and the LSCB's overdue actions; a second run appends nothing.
@Test func theDemoPipelineRunsAsALibraryAndIsIdempotent() throws {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("demo-run-\(UUID().uuidString)").path
    defer { try? FileManager.default.removeItem(atPath: root) }
    let parameters = AuthorityParameters(
        seed: 7, childCount: 40, startDate: CivilDate(year: 2012, month: 4, day: 1)!,
        endDate: CivilDate(year: 2016, month: 3, day: 31)!)
    let run = DemoRun(parameters: parameters, root: root)
    var written: [String: Int] = [:]
    let output = TextBuffer()
    try run.run(output: output, progress: TextBuffer()) { bytes, path in written[path] = bytes.count }
    let text = output.text
    for section in [
        "1. Generated", "2. Imported", "3. Verified", "Annual figures", "Timescale compliance",
        "Overdue actions of the LSCB's plans as of 2016-03-31",
    ] {
        #expect(text.contains(section), "\(section)")
    }
    #expect(written.keys.contains(run.workspace.complianceReport(FinancialYear(startingIn: 2015))))
    #expect(!text.contains(": 0 appended"))
    let again = TextBuffer()
    try run.run(output: again, progress: TextBuffer()) { _, _ in }
    #expect(again.text.contains(": 0 appended, "))
}

/// A ledger left by another generator version is never reused: its source ids would name other content and
/// the import would refuse the whole authority (seen after the generator went from version 2 to 3).
@Test func theWorkspaceFolderNamesTheGeneratorVersion() throws {
    let from = CivilDate(year: 2012, month: 4, day: 1)!
    let to = CivilDate(year: 2016, month: 3, day: 31)!
    let current = DemoWorkspace(
        root: "/r", generatorVersion: AuthorityParameters.generatorVersion, seed: 1, childCount: 2, from: from, to: to)
    let older = DemoWorkspace(
        root: "/r", generatorVersion: AuthorityParameters.generatorVersion - 1, seed: 1, childCount: 2, from: from,
        to: to)
    #expect(current.directory != older.directory)
    #expect(current.directory.contains("generator-\(AuthorityParameters.generatorVersion)-"))
}
