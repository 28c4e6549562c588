import Synchronization

/// A thread-safe counter.
final class SimulationCounter: Sendable {
    private let value = Mutex(0)

    /// Adds one and returns the new value.
    func increment() -> Int {
        value.withLock {
            $0 += 1
            return $0
        }
    }
}
