import Foundation
import EventStoreTesting
import Synchronization

@testable import EventStore

/// A file system that runs test hooks just before chosen calls reach the disk underneath (a
/// `SimulatedFileSystem`, typically), so a test can hold a thread inside a write or a sync while it
/// arranges what other threads do. A hook runs on the calling thread, without any lock held, once.
final class HookedFileSystem: FileSystem {
    typealias Operation = SimulatedFileSystem.Operation
    private struct Hook {
        var operation: Operation
        var pathSuffix: String
        var body: @Sendable () -> Void
    }

    let base: any FileSystem
    private let hooks = Mutex<[Hook]>([])

    init(base: any FileSystem) { self.base = base }

    /// Runs `body` once, just before the next `operation` on a path ending in `pathSuffix`.
    func before(_ operation: Operation, pathSuffix: String = "", _ body: @escaping @Sendable () -> Void) {
        hooks.withLock { $0.append(Hook(operation: operation, pathSuffix: pathSuffix, body: body)) }
    }

    /// Takes and runs the first hook matching `operation` on `path`.
    func runHook(_ operation: Operation, path: String) {
        let hook = hooks.withLock { hooks -> Hook? in
            guard let index = hooks.firstIndex(where: { $0.operation == operation && path.hasSuffix($0.pathSuffix) })
            else { return nil }
            return hooks.remove(at: index)
        }
        hook?.body()
    }

    func openFile(atPath path: String, mode: FileOpenMode) throws(FileSystemError) -> any OpenFile {
        runHook(mode == .createNew ? .createFile : .openFile, path: path)
        return HookedFile(base: try base.openFile(atPath: path, mode: mode), owner: self, path: path)
    }
    func fileExists(atPath path: String) -> Bool { base.fileExists(atPath: path) }
    func createDirectory(atPath path: String) throws(FileSystemError) { try base.createDirectory(atPath: path) }
    func contentsOfDirectory(atPath path: String) throws(FileSystemError) -> [String] {
        try base.contentsOfDirectory(atPath: path)
    }
    func renameFile(atPath sourcePath: String, toPath targetPath: String) throws(FileSystemError) {
        runHook(.rename, path: sourcePath)
        try base.renameFile(atPath: sourcePath, toPath: targetPath)
    }
    func removeFile(atPath path: String) throws(FileSystemError) { try base.removeFile(atPath: path) }
    func synchronizeDirectory(atPath path: String) throws(FileSystemError) {
        runHook(.synchronizeDirectory, path: path)
        try base.synchronizeDirectory(atPath: path)
    }
    func lockExclusively(atPath path: String) throws(FileSystemError) -> any FileLock {
        try base.lockExclusively(atPath: path)
    }
}

/// An open file whose writes and syncs run its owner's hooks first.
final class HookedFile: OpenFile {
    let base: any OpenFile
    let owner: HookedFileSystem
    let path: String

    init(base: any OpenFile, owner: HookedFileSystem, path: String) {
        self.base = base
        self.owner = owner
        self.path = path
    }

    func read(atOffset offset: Int, count: Int) throws(FileSystemError) -> [UInt8] {
        try base.read(atOffset: offset, count: count)
    }
    func write(_ bytes: [UInt8], atOffset offset: Int) throws(FileSystemError) {
        owner.runHook(.write, path: path)
        try base.write(bytes, atOffset: offset)
    }
    func size() throws(FileSystemError) -> Int { try base.size() }
    func truncate(toSize size: Int) throws(FileSystemError) { try base.truncate(toSize: size) }
    func synchronizeData() throws(FileSystemError) {
        owner.runHook(.synchronizeData, path: path)
        try base.synchronizeData()
    }
}

/// Waits (polling, no timeout: a hang is a failure the test runner reports) until `condition` holds.
func waitUntil(_ condition: () -> Bool) {
    while !condition() { usleep(200) }
}
