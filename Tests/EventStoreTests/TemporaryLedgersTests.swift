import Foundation
import Testing

@testable import EventStore

@Test func temporaryLedgersTraitRemovesTheLedgersItsTestCreated() async throws {
    let test = try #require(Test.current)
    let created = Locked<String?>(nil)
    try await TemporaryLedgers().provideScope(for: test, testCase: Test.Case.current) {
        let path = temporaryLedgerPath()
        try makeLedger(at: path, count: 2).close()
        #expect(FileManager.default.fileExists(atPath: path + "/MANIFEST"))
        created.value = path
    }
    let path = try #require(created.value)
    #expect(!FileManager.default.fileExists(atPath: path))
    #expect(!FileManager.default.fileExists(atPath: (path as NSString).deletingLastPathComponent))
}

/// A value shared with a `@Sendable` closure. `@unchecked Sendable`: `value` is only touched under `lock`.
final class Locked<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Value

    init(_ value: Value) { stored = value }

    var value: Value {
        get { lock.withLock { stored } }
        set { lock.withLock { stored = newValue } }
    }
}
