import EventStore
import EventStoreTesting
import Testing

/// Shared set-up for the simulated file system tests.
extension SimulatedFileSystem {
    /// Creates `/data/<name>` with `content`, synced and with its directory entry synced.
    func makeDurableFile(named name: String, content: [UInt8]) throws -> any OpenFile {
        try createDirectory(atPath: "/data")
        let file = try openFile(atPath: "/data/" + name, mode: .createNew)
        try file.write(content, atOffset: 0)
        try file.synchronizeData()
        try synchronizeDirectory(atPath: "/data")
        return file
    }
}

/// A recognisable byte pattern: byte `index` of the pattern is a function of `index` and `salt`.
func simulatedPattern(count: Int, salt: UInt8 = 0) -> [UInt8] {
    (0..<count).map { UInt8(truncatingIfNeeded: $0 &* 7 &+ Int(salt) &+ 1) }
}

@Test func unsyncedWriteIsLostOnCrashThatDropsUnsyncedData() throws {
    let disk = SimulatedFileSystem(seed: 1, crashMode: .dropUnsynced)
    let file = try disk.makeDurableFile(named: "a", content: [1, 2, 3])
    try file.write([9, 9], atOffset: 3)
    #expect(disk.currentContents(atPath: "/data/a") == [1, 2, 3, 9, 9])
    disk.crash()
    #expect(disk.currentContents(atPath: "/data/a") == [1, 2, 3])
}

@Test(arguments: SimulatedFileSystem.CrashMode.allCases, 0..<8)
func syncedWriteSurvivesCrash(mode: SimulatedFileSystem.CrashMode, seed: UInt64) throws {
    let disk = SimulatedFileSystem(seed: seed, crashMode: mode)
    let content = simulatedPattern(count: 1_500)
    let file = try disk.makeDurableFile(named: "a", content: content)
    try file.write([0xEE], atOffset: 20)
    try file.synchronizeData()
    disk.crash()
    var expected = content
    expected[20] = 0xEE
    #expect(disk.currentContents(atPath: "/data/a") == expected, "seed \(seed)")
}

@Test func unsyncedFileCreationVanishesOnCrash() throws {
    let disk = SimulatedFileSystem(seed: 2)
    try disk.createDirectory(atPath: "/data")
    let file = try disk.openFile(atPath: "/data/new", mode: .createNew)
    try file.write([1], atOffset: 0)
    try file.synchronizeData()
    disk.crash()
    #expect(!disk.fileExists(atPath: "/data/new"))
    #expect(try disk.contentsOfDirectory(atPath: "/data") == [])
}

@Test func unsyncedRenameIsRevertedOnCrash() throws {
    let disk = SimulatedFileSystem(seed: 3)
    _ = try disk.makeDurableFile(named: "old", content: [7, 7])
    try disk.renameFile(atPath: "/data/old", toPath: "/data/new")
    #expect(disk.filePaths() == ["/data/new"])
    disk.crash()
    #expect(disk.filePaths() == ["/data/old"])
    #expect(disk.currentContents(atPath: "/data/old") == [7, 7])
}

@Test func syncedRenameReplacesTargetDurably() throws {
    let disk = SimulatedFileSystem(seed: 4)
    _ = try disk.makeDurableFile(named: "target", content: [1])
    let temporary = try disk.openFile(atPath: "/data/temporary", mode: .createNew)
    try temporary.write([2], atOffset: 0)
    try temporary.synchronizeData()
    try disk.renameFile(atPath: "/data/temporary", toPath: "/data/target")
    try disk.synchronizeDirectory(atPath: "/data")
    disk.crash()
    #expect(disk.filePaths() == ["/data/target"])
    #expect(disk.currentContents(atPath: "/data/target") == [2])
}

@Test func unsyncedRemovalIsRevertedOnCrash() throws {
    let disk = SimulatedFileSystem(seed: 5)
    _ = try disk.makeDurableFile(named: "a", content: [4])
    try disk.removeFile(atPath: "/data/a")
    #expect(!disk.fileExists(atPath: "/data/a"))
    disk.crash()
    #expect(disk.currentContents(atPath: "/data/a") == [4])
}

@Test func handleOfRemovedFileKeepsWorkingUntilCrash() throws {
    let disk = SimulatedFileSystem(seed: 6)
    let file = try disk.makeDurableFile(named: "a", content: [1, 2])
    try disk.removeFile(atPath: "/data/a")
    try disk.synchronizeDirectory(atPath: "/data")
    try file.write([3], atOffset: 2)
    #expect(try file.read(atOffset: 0, count: 10) == [1, 2, 3])
    disk.crash()
    #expect(disk.filePaths() == [])
}

@Test func directoriesAreDurableAndListedBytewiseWithFiles() throws {
    let disk = SimulatedFileSystem(seed: 7)
    try disk.createDirectory(atPath: "/data/segments")
    _ = try disk.makeDurableFile(named: "b", content: [])
    _ = try disk.makeDurableFile(named: "B", content: [])
    disk.crash()
    #expect(disk.fileExists(atPath: "/data/segments"))
    #expect(try disk.contentsOfDirectory(atPath: "/data") == ["B", "b", "segments"])
    #expect(try disk.contentsOfDirectory(atPath: "/") == ["data"])
}

@Test func pathsAreNormalised() throws {
    let disk = SimulatedFileSystem(seed: 8)
    _ = try disk.makeDurableFile(named: "a", content: [5])
    #expect(disk.currentContents(atPath: "data//./a/") == [5])
    #expect(disk.fileExists(atPath: "/data/"))
}

@Test func readsReturnFewerBytesOnlyAtEndOfFile() throws {
    let disk = SimulatedFileSystem(seed: 9)
    let file = try disk.makeDurableFile(named: "a", content: [1, 2, 3, 4])
    #expect(try file.read(atOffset: 1, count: 2) == [2, 3])
    #expect(try file.read(atOffset: 2, count: 10) == [3, 4])
    #expect(try file.read(atOffset: 4, count: 1) == [])
    #expect(try file.read(atOffset: 99, count: 1) == [])
}

@Test func writePastEndZeroFillsAndTruncateCutsAndExtends() throws {
    let disk = SimulatedFileSystem(seed: 10)
    let file = try disk.makeDurableFile(named: "a", content: [1])
    try file.write([2], atOffset: 3)
    #expect(disk.currentContents(atPath: "/data/a") == [1, 0, 0, 2])
    try file.truncate(toSize: 2)
    #expect(try file.size() == 2)
    try file.truncate(toSize: 3)
    #expect(disk.currentContents(atPath: "/data/a") == [1, 0, 0])
}

@Test func openingMissingFileThrowsNotFound() {
    let disk = SimulatedFileSystem(seed: 11)
    #expect(throws: FileSystemError(code: .notFound, operation: "open", path: "/missing")) {
        _ = try disk.openFile(atPath: "/missing", mode: .readWrite)
    }
    #expect(throws: FileSystemError(code: .notFound, operation: "create", path: "/nodirectory/file")) {
        _ = try disk.openFile(atPath: "/nodirectory/file", mode: .createNew)
    }
}

@Test func creatingExistingFileThrowsAlreadyExists() throws {
    let disk = SimulatedFileSystem(seed: 12)
    _ = try disk.makeDurableFile(named: "a", content: [])
    #expect(throws: FileSystemError(code: .alreadyExists, operation: "create", path: "/data/a")) {
        _ = try disk.openFile(atPath: "/data/a", mode: .createNew)
    }
}

@Test func readOnlyHandleRefusesWritesWithPermissionDenied() throws {
    let disk = SimulatedFileSystem(seed: 13)
    _ = try disk.makeDurableFile(named: "a", content: [1])
    let reader = try disk.openFile(atPath: "/data/a", mode: .readOnly)
    #expect(throws: FileSystemError(code: .permissionDenied, operation: "pwrite", path: "/data/a")) {
        try reader.write([2], atOffset: 0)
    }
    #expect(disk.currentContents(atPath: "/data/a") == [1])
}
