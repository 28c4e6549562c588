import CaseImport
import EventStore
import EventStoreTesting
import Foundation
import Testing

/// An fdatasync failure in the second append group: the first group stays committed, the error says so, and
/// re-running the same import after reopening completes it without duplicating anything.
@Test func syncFailureMidRunIsReportedAndAReRunCompletesTheImport() throws {
    let disk = SimulatedFileSystem(seed: 11)
    let lines = (0..<10).flatMap { Sample.journey(child: "C-\($0)", prefix: "p\($0)") }
    let input = ImportInput.bytes(Array(lines.joined(separator: "\n").utf8), name: "journeys.jsonl", format: .jsonl)
    let options = ImportOptions(groupEventCountMax: 16)
    let first = try EventStore.create(directory: "/ledger", fileSystem: disk)
    disk.failCall(number: 1, of: .operation(.synchronizeData))

    let error = refusal { () throws(ImportError) in try Importer(store: first, options: options).run([input]) }

    #expect(error?.code == .store)
    #expect(error?.message.contains("16 events in 1 earlier groups were appended") == true)
    try? first.close()
    disk.disarmFaults()
    let reopened = try EventStore.open(directory: "/ledger", fileSystem: disk, mode: .readWrite)
    defer { try? reopened.close() }
    let summary = try Importer(store: reopened, options: options).run([input])
    #expect(summary.alreadyPresent >= 16)
    #expect(summary.alreadyPresent + summary.eventsAppended == 60)
    for child in 0..<10 {
        #expect(try reopened.readStream("child-C-\(child)").compactMap(\.sourceID).count == 6)
    }
}

/// A run that fails after the rejects file was started leaves the previous rejects file as it was (the new
/// one is only put in place when the run finishes) and no temporary file beside it.
@Test func aRunThatFailsPartWayLeavesThePreviousRejectsFileIntact() throws {
    let directory = FileManager.default.temporaryDirectory.path + "/rejects-\(getpid())-failed-run"
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let rejectsPath = directory + "/rejects.jsonl"
    try Data("previous run\n".utf8).write(to: URL(fileURLWithPath: rejectsPath))
    let disk = SimulatedFileSystem(seed: 12)
    let lines = [#"{"eventId": oops}"#] + (0..<10).flatMap { Sample.journey(child: "C-\($0)", prefix: "p\($0)") }
    let input = ImportInput.bytes(Array(lines.joined(separator: "\n").utf8), name: "journeys.jsonl", format: .jsonl)
    let options = ImportOptions(skipInvalid: true, rejectsPath: rejectsPath, groupEventCountMax: 16)
    let store = try EventStore.create(directory: "/ledger", fileSystem: disk)
    defer { try? store.close() }
    disk.failCall(number: 1, of: .operation(.synchronizeData))

    let error = refusal { () throws(ImportError) in try Importer(store: store, options: options).run([input]) }

    #expect(error?.code == .store)
    #expect(error?.site.hasPrefix("CaseImport/") == true)  // where it was raised, as in EventStoreError
    #expect(try String(contentsOfFile: rejectsPath, encoding: .utf8) == "previous run\n")
    #expect(!FileManager.default.fileExists(atPath: rejectsPath + ".tmp"))
}
