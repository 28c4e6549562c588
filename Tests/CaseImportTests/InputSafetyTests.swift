import CaseImport
import EventStore
import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

@Test(arguments: ["2014-05-20 09:00:00Z", "2014-05-20t09:00:00Z", "2014-05-20T09:00Z", "2014-05-20T09:00:00z"])
func recordedAtFollowsOneStrictRFC3339Rule(recordedAt: String) throws {
    let ledger = try TemporaryLedger()
    let line = Sample.line(
        "ReferralReceived", id: "E-1", recordedAt: recordedAt, data: #"{"source":"2A","householdMemberIds":[]}"#)

    let error = refusal { () throws(ImportError) in try ledger.importLines([line]) }

    let finding = try #require(error?.findings.first)
    #expect(finding.field == "recordedAt")
    #expect(finding.reason == "invalidDate")
    #expect(ledger.fingerprint.0 == 0)
}

@Test func aByteOrderMarkIsToleratedAtTheStartOfJSONLAsOfCSV() throws {
    let ledger = try TemporaryLedger()
    let bytes = [0xEF, 0xBB, 0xBF] + Array((Sample.referral("E-1") + "\n" + Sample.referral("E-2") + "\n").utf8)

    let input = ImportInput.bytes(bytes, name: "bom.jsonl", format: .jsonl, chunkSizeBytes: 2)
    let summary = try Importer(store: ledger.store).run([input])

    #expect(summary.eventsAppended == 2)
}

@Test func aByteOrderMarkAfterTheFirstLineIsStillRefused() throws {
    let ledger = try TemporaryLedger()
    let text = Sample.referral("E-1") + "\n\u{FEFF}" + Sample.referral("E-2") + "\n"

    let error = refusal { () throws(ImportError) in
        try Importer(store: ledger.store).run([.bytes(Array(text.utf8), name: "bom.jsonl", format: .jsonl)])
    }

    #expect(error?.findings.first?.line == 2)
}

@Test func aFIFOInputIsRefusedWhenTheInputIsNamedWithoutBlocking() throws {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("fifo-\(UUID().uuidString).jsonl").path
    #expect(mkfifo(path, 0o600) == 0)
    defer { unlink(path) }

    let error = refusal { () throws(ImportError) in
        _ = try ImportInput.file(path: path)
        return ImportSummary()
    }

    #expect(error?.code == .notFound)
    #expect(error?.message.contains("not a regular file") == true)
}

@Test func systemErrorsAreSaidInWords() {
    let error = FileSystemError(code: .noSpace, operation: "pwrite", path: "/ledger/seg", errorNumber: ENOSPC)
    #expect(error.description == "pwrite /ledger/seg: the disk is full (ENOSPC)")
    #expect(SystemErrorText.describe(EFBIG).hasPrefix("the file size limit was reached"))
}
