import EventStoreTesting
import Foundation
import Synchronization

@testable import EventStore

/// A file system that runs test hooks just before chosen calls reach the disk underneath (a
/// `SimulatedFileSystem`, typically), so a test can hold a thread inside a write or a sync while it
/// arranges what other threads do. A hook runs on the calling thread, without any lock held, once.
final class HookedFileSystem: ForwardingFileSystem, @unchecked Sendable {
    typealias Operation = SimulatedFileSystem.Operation
    private struct Hook {
        var operation: Operation
        var pathSuffix: String
        var body: @Sendable () -> Void
    }

    private let hooks = Mutex<[Hook]>([])

    /// Runs `body` once, just before the next `operation` on a path ending in `pathSuffix`.
    func before(_ operation: Operation, pathSuffix: String = "", _ body: @escaping @Sendable () -> Void) {
        hooks.withLock { $0.append(Hook(operation: operation, pathSuffix: pathSuffix, body: body)) }
    }

    /// Takes and runs the first hook matching `operation` on `path`.
    override func willPerform(_ operation: Operation, path: String) throws(FileSystemError) {
        let hook = hooks.withLock { hooks -> Hook? in
            guard let index = hooks.firstIndex(where: { $0.operation == operation && path.hasSuffix($0.pathSuffix) })
            else { return nil }
            return hooks.remove(at: index)
        }
        hook?.body()
    }
}

/// Waits (polling, no timeout: a hang is a failure the test runner reports) until `condition` holds.
func waitUntil(_ condition: () -> Bool) {
    while !condition() { usleep(200) }
}
