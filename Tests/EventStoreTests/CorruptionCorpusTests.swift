import EventStoreTesting
import Testing

@testable import EventStore

/// The corruption corpus: on a small closed multi-segment ledger, every single-bit flip of the control
/// files (MANIFEST, HEAD, INDEX), a sample of segment bits, and every truncation point of every file. Each
/// damaged ledger is opened read-only and read in full: the reader must either refuse with `corrupt` or
/// answer with the whole, identical ledger. Never a crash, never a shorter (or different) answer.
private struct CorpusLedger {
    static let directory = "/ledger"
    let disk: SimulatedFileSystem
    let expected: [RecordedEvent]

    init() throws {
        disk = SimulatedFileSystem(seed: 31)
        let store = try makeLedger(
            at: Self.directory, count: 40, options: testOptions(segmentSizeBytesMax: 4 << 10), fileSystem: disk)
        expected = try store.read(fromPosition: 0, limit: 100)
        try store.close()
    }

    var fileNames: [String] { disk.filePaths().map { String($0.split(separator: "/").last!) }.filter { $0 != "LOCK" } }

    /// What a reader answers now: nil if it refused with `corrupt`, else a description of how the answer
    /// differs from the intact ledger ("" when identical). Any other error is reported as a difference.
    func readerVerdict() -> String? {
        do throws(EventStoreError) {
            let reader = try EventStore.open(
                directory: Self.directory, fileSystem: disk, mode: .readOnly, options: testOptions())
            let records = try reader.read(fromPosition: 0, limit: 100)
            guard reader.info.recordCount == UInt64(expected.count) else {
                return "info counts \(reader.info.recordCount) records"
            }
            return records == expected ? "" : "read returned \(records.count) records or different content"
        } catch {
            return error.code == .corrupt ? nil : "unexpected \(error)"
        }
    }

    /// True if `verify` on an inspecting open reports damage (or the open itself refuses).
    func verifyFindsDamage() -> Bool {
        guard let store = try? EventStore.openForInspection(directory: Self.directory, fileSystem: disk),
            let report = try? store.verify()
        else { return true }
        return !report.isIntact || store.openDiagnosis != nil
    }

    func contents(_ name: String) -> [UInt8] { disk.currentContents(atPath: Self.directory + "/" + name)! }

    func replace(_ name: String, with bytes: [UInt8]) throws {
        let file = try disk.openFile(atPath: Self.directory + "/" + name, mode: .readWrite)
        try file.truncate(toSize: 0)
        try file.write(bytes, atOffset: 0)
    }
}

@Test(arguments: ["MANIFEST", "HEAD", "INDEX"])
func everyBitFlipOfAControlFileIsRefusedOrHarmless(name: String) throws {
    let ledger = try CorpusLedger()
    let path = CorpusLedger.directory + "/" + name
    var differences: [String] = []
    var refused = 0
    for byte in ledger.contents(name).indices {
        for bit in 0..<8 {
            try ledger.disk.flipBit(atPath: path, byteOffset: byte, bit: bit)
            switch ledger.readerVerdict() {
            case nil: refused += 1
            case ""?: break
            case let difference?: differences.append("\(name) byte \(byte) bit \(bit): \(difference)")
            }
            try ledger.disk.flipBit(atPath: path, byteOffset: byte, bit: bit)
        }
    }
    #expect(differences.isEmpty, "\(differences.prefix(5))")
    #expect((name == "MANIFEST") == (refused == ledger.contents(name).count * 8), "\(name): \(refused) refused")
}

@Test func sampledBitFlipsOfSegmentsAreRefusedByReadersAndFoundByVerify() throws {
    let ledger = try CorpusLedger()
    let segments = ledger.fileNames.filter { $0.hasSuffix(".log") }
    #expect(segments.count >= 2)
    var differences: [String] = []
    var tried = 0
    for name in segments {
        let path = CorpusLedger.directory + "/" + name
        for byte in stride(from: 0, to: ledger.contents(name).count, by: 13) {
            let bit = byte % 8
            try ledger.disk.flipBit(atPath: path, byteOffset: byte, bit: bit)
            tried += 1
            if let difference = ledger.readerVerdict(), !difference.isEmpty {
                differences.append("\(name) byte \(byte) bit \(bit): \(difference)")
            }
            if !ledger.verifyFindsDamage() { differences.append("\(name) byte \(byte) bit \(bit): verify intact") }
            try ledger.disk.flipBit(atPath: path, byteOffset: byte, bit: bit)
        }
    }
    #expect(tried > 500)
    #expect(differences.isEmpty, "\(differences.prefix(5))")
}

@Test func everyTruncationOfEveryFileIsRefusedOrHarmless() throws {
    let ledger = try CorpusLedger()
    var differences: [String] = []
    var tried = 0
    for name in ledger.fileNames {
        let original = ledger.contents(name)
        for size in 0..<original.count {
            try ledger.replace(name, with: Array(original[..<size]))
            tried += 1
            if let difference = ledger.readerVerdict(), !difference.isEmpty {
                differences.append("\(name) cut to \(size) bytes: \(difference)")
            }
        }
        try ledger.replace(name, with: original)
    }
    #expect(tried > 8_000)
    #expect(differences.isEmpty, "\(differences.prefix(5))")
    #expect(ledger.readerVerdict() == "")
}
