import EventStore
import EventStoreTesting
import Foundation
import Synchronization

/// Appends batches from one thread each, all at once, so that they meet in the store's group commit.
enum ConcurrentAppends {
    /// Each batch's outcome, in the order of `batches`.
    static func run(_ batches: [PlannedBatch], on store: EventStore) -> [Result<AppendReceipt, EventStoreError>] {
        let outcomes = Mutex<[Int: Result<AppendReceipt, EventStoreError>]>([:])
        let finished = DispatchGroup()
        for (index, batch) in batches.enumerated() {
            finished.enter()
            Thread.detachNewThread {
                let outcome = Result { () throws(EventStoreError) in
                    try store.append(stream: batch.stream, expectedVersion: .any, events: batch.events)
                }
                outcomes.withLock { $0[index] = outcome }
                finished.leave()
            }
        }
        finished.wait()
        return outcomes.withLock { outcomes in batches.indices.map { outcomes[$0]! } }
    }
}
