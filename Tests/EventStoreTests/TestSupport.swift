import Foundation
import SeededRandom
import Testing

@testable import EventStore

/// A fresh temporary ledger directory path (not created), unique per call, inside the directory of the
/// running test's `.temporaryLedgers` trait, which removes it when the test ends.
/// - Precondition: the test has the `.temporaryLedgers` trait (so nothing is left behind).
func temporaryLedgerPath(_ name: String = #function) -> String {
    guard let root = TemporaryLedgers.root else {
        preconditionFailure("temporaryLedgerPath() needs the test trait .temporaryLedgers")
    }
    let safe = name.filter { $0.isLetter || $0.isNumber }
    return root + "/\(safe)-\(UUID().uuidString)"
}

/// A test trait giving each test case its own temporary directory for POSIX ledgers, removed (with
/// everything in it) when the test case ends, pass or fail.
struct TemporaryLedgers: TestTrait, TestScoping {
    /// The running test case's directory, if it has the trait.
    @TaskLocal static var root: String?

    func provideScope(
        for test: Test, testCase: Test.Case?, performing function: @Sendable () async throws -> Void
    ) async throws {
        let root = NSTemporaryDirectory() + "caseledger-tests-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: root) }
        try await Self.$root.withValue(root) { try await function() }
    }
}

extension Trait where Self == TemporaryLedgers {
    /// Gives the test temporary ledger directories that are removed when it ends.
    static var temporaryLedgers: Self { Self() }
}

/// A deterministic clock: 1 ms per call from a fixed epoch.
final class SteppingClock: @unchecked Sendable {
    // `@unchecked Sendable`: `now` is only touched under `lock`.
    private let lock = NSLock()
    private var now: Int64 = 1_700_000_000_000_000_000

    func tick() -> Int64 {
        lock.lock()
        defer { lock.unlock() }
        now += 1_000_000
        return now
    }
}

/// Options with a small segment cap and a stepping clock.
func testOptions(segmentSizeBytesMax: Int = 64 << 10) -> EventStoreOptions {
    let clock = SteppingClock()
    return EventStoreOptions(segmentSizeBytesMax: segmentSizeBytesMax, clock: { clock.tick() })
}

/// A sample event whose payload depends on `number`.
func sampleEvent(_ number: Int, sourceID: String? = nil, payloadSizeBytes: Int = 40) -> EventToAppend {
    var generator = SplitMix64(seed: UInt64(number))
    let payload = (0..<payloadSizeBytes).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
    return EventToAppend(
        type: "test.event", schemaVersion: 1, sourceID: sourceID, metadata: Array("m\(number)".utf8), payload: payload)
}

/// Creates a ledger and appends `count` single-event batches to streams "s0".."s2".
@discardableResult
func makeLedger(
    at path: String, count: Int, options: EventStoreOptions = testOptions(),
    fileSystem: any FileSystem = POSIXFileSystem()
) throws -> EventStore {
    let store = try EventStore.create(directory: path, fileSystem: fileSystem, options: options)
    for number in 0..<count {
        _ = try store.append(stream: "s\(number % 3)", expectedVersion: .any, events: [sampleEvent(number)])
    }
    return store
}

/// Reads a whole file as bytes.
func fileBytes(_ path: String) -> [UInt8] { [UInt8](FileManager.default.contents(atPath: path) ?? Data()) }

/// Writes bytes over a file.
func writeFileBytes(_ bytes: [UInt8], to path: String) {
    _ = FileManager.default.createFile(atPath: path, contents: Data(bytes))
}

/// Checks positions are 0..<n and the stored chain verifies.
func expectIntact(_ store: EventStore, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let report = try store.verify()
    #expect(report.isIntact, "\(String(describing: report.firstFailure))", sourceLocation: sourceLocation)
    #expect(report.recordsChecked == store.info.recordCount, sourceLocation: sourceLocation)
    #expect(report.chainHead == store.info.chainHead, sourceLocation: sourceLocation)
}
