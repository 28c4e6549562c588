import EventStore

/// A lock held in a `SimulatedFileSystem`'s lock table, released by `release()`, by deinit (as
/// closing a descriptor releases flock) or by `crash()`.
///
/// Sendable without `@unchecked`: its stored properties are immutable and `Sendable`.
final class SimulatedFileLock: FileLock {
    private let fileSystem: SimulatedFileSystem
    private let path: String
    /// Identifies this holding, so releasing a lock lost in a crash never frees a newer holder's.
    private let token: Int

    init(fileSystem: SimulatedFileSystem, path: String, token: Int) {
        self.fileSystem = fileSystem
        self.path = path
        self.token = token
    }

    deinit { release() }

    func release() {
        fileSystem.withState { state in
            if state.locks[path] == token { state.locks[path] = nil }
        }
    }
}
