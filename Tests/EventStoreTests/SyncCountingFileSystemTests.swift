import EventStore
import EventStoreTesting
import Synchronization
import Testing

@Test func syncCountingFileSystemCountsDataAndDirectorySyncsApart() throws {
    let disk = SyncCountingFileSystem(base: SimulatedFileSystem(seed: 1))
    try disk.createDirectory(atPath: "/d")
    let file = try disk.openFile(atPath: "/d/a", mode: .createNew)
    try file.write([1, 2, 3], atOffset: 0)
    try file.synchronizeData()
    try file.synchronizeData()
    try disk.synchronizeDirectory(atPath: "/d")
    #expect(disk.dataSyncCount == 2)
    #expect(disk.directorySyncCount == 1)
    #expect(disk.syncCount == 3)
}

@Test func syncCountingFileSystemFailsTheArmedDataSyncOnlyAndRunsTheHookOnce() throws {
    let base = SimulatedFileSystem(seed: 2)
    let disk = SyncCountingFileSystem(base: base)
    let file = try disk.openFile(atPath: "/a", mode: .createNew)
    try file.write([7], atOffset: 0)
    let hookRuns = Counter()
    disk.onNextDataSync { hookRuns.add() }
    disk.failDataSync(afterCount: 2)
    try file.synchronizeData()
    #expect(throws: FileSystemError(code: .io, operation: "fdatasync", path: "/a", errorNumber: 5)) {
        try file.synchronizeData()
    }
    try file.synchronizeData()
    #expect(hookRuns.value == 1)
    #expect(disk.dataSyncCount == 3)
}

/// A count shared with a `@Sendable` hook.
private final class Counter: Sendable {
    private let count = Mutex(0)
    func add() { count.withLock { $0 += 1 } }
    var value: Int { count.withLock { $0 } }
}
