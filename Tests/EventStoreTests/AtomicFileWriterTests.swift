import EventStore
import EventStoreTesting
import Foundation
import Testing

/// A disk holding `/out/report.txt` with the previous bytes, durably.
private func diskWithPreviousFile(seed: UInt64) throws -> SimulatedFileSystem {
    let disk = SimulatedFileSystem(seed: seed)
    try disk.writeAtomically(Array("previous".utf8), toPath: "/out/report.txt")
    return disk
}

@Test(arguments: [
    SimulatedFileSystem.Operation.createFile, .write, .synchronizeData, .rename,
])
func aWriteThatFailsMidwayLeavesThePreviousFileAndNoTemporaryFile(failing operation: SimulatedFileSystem.Operation)
    throws
{
    let disk = try diskWithPreviousFile(seed: 21)
    disk.failCall(number: 0, of: .operation(operation), code: .noSpace, tearsWrite: true)

    #expect(throws: FileSystemError.self) {
        try disk.writeAtomically(Array(repeating: 7, count: 4_096), toPath: "/out/report.txt")
    }

    #expect(disk.currentContents(atPath: "/out/report.txt") == Array("previous".utf8))
    #expect(!disk.fileExists(atPath: "/out/report.txt.tmp"))
}

@Test func aStreamedWriteReleasedBeforeCommitLeavesThePreviousFileAndNoTemporaryFile() throws {
    let disk = try diskWithPreviousFile(seed: 22)
    do {
        let writer = try AtomicFileWriter(path: "/out/report.txt", fileSystem: disk)
        try writer.append(Array("half of the new".utf8))
        #expect(disk.fileExists(atPath: writer.temporaryPath))
    }
    #expect(disk.currentContents(atPath: "/out/report.txt") == Array("previous".utf8))
    #expect(!disk.fileExists(atPath: "/out/report.txt.tmp"))
}

@Test func aCommittedWriteReplacesTheFileDurablyAndRemovesAStaleTemporaryFile() throws {
    let disk = try diskWithPreviousFile(seed: 23)
    try disk.writeAtomically(Array("stale".utf8), toPath: "/out/report.txt.tmp")

    let writer = try AtomicFileWriter(path: "/out/report.txt", fileSystem: disk)
    try writer.append(Array("new ".utf8))
    try writer.append(Array("report".utf8))
    try writer.commit()

    #expect(disk.durableContents(atPath: "/out/report.txt") == Array("new report".utf8))
    #expect(!disk.fileExists(atPath: "/out/report.txt.tmp"))
}

@Test func aWriteThatMustNotReplaceRefusesAnExistingFileAndLeavesIt() throws {
    let disk = try diskWithPreviousFile(seed: 24)

    #expect(throws: FileSystemError(code: .alreadyExists, operation: "create", path: "/out/report.txt", errorNumber: EEXIST)) {
        try disk.writeAtomically(Array("new".utf8), toPath: "/out/report.txt", replacesExisting: false)
    }
    #expect(disk.currentContents(atPath: "/out/report.txt") == Array("previous".utf8))
}

@Test func aWriteThatMustNotReplaceRefusesAFileThatAppearsBeforeTheCommit() throws {
    let directory = FileManager.default.temporaryDirectory.path + "/atomic-\(getpid())-appears"
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let path = directory + "/key"
    let writer = try AtomicFileWriter(path: path, fileSystem: POSIXFileSystem(), replacesExisting: false)
    try writer.append(Array("mine".utf8))
    try Data("theirs".utf8).write(to: URL(fileURLWithPath: path))

    #expect(throws: FileSystemError.self) { try writer.commit() }

    #expect(try String(contentsOfFile: path, encoding: .utf8) == "theirs")
}

@Test func aPOSIXWriteGivesTheTemporaryAndTheNewFileTheRequestedPermissions() throws {
    let directory = FileManager.default.temporaryDirectory.path + "/atomic-\(getpid())-mode"
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let path = directory + "/private"

    let writer = try AtomicFileWriter(
        path: path, fileSystem: POSIXFileSystem(), permissions: 0o600, createsDirectory: true)
    try writer.append(Array("secret".utf8))
    let temporaryMode = try FileManager.default.attributesOfItem(atPath: writer.temporaryPath)[.posixPermissions]
    #expect(temporaryMode as? Int == 0o600)  // restricted from creation, not after the rename
    try writer.commit()

    let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
    #expect(mode == 0o600)
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "secret")
    #expect(!FileManager.default.fileExists(atPath: path + ".tmp"))
}
