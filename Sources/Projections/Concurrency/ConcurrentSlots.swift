import Dispatch

/// One result slot per iteration of a `DispatchQueue.concurrentPerform`, read in iteration order afterwards.
///
/// `@unchecked Sendable` is safe: each iteration writes only its own slot, no slot is read until
/// `concurrentPerform` has returned (which orders every write before the reads), and the storage is owned
/// by this object and freed only in `deinit`.
final class ConcurrentSlots<Value>: @unchecked Sendable {
    private let storage: UnsafeMutableBufferPointer<Value>

    /// Slots for `count` iterations, each holding `initial` until its iteration stores a result.
    init(count: Int, initial: Value) {
        storage = .allocate(capacity: count)
        storage.initialize(repeating: initial)
    }

    deinit {
        storage.deinitialize()
        storage.deallocate()
    }

    /// Stores the result of iteration `index`; called once per iteration, from that iteration only.
    func store(_ result: Value, at index: Int) { storage[index] = result }

    /// The results in iteration order; read only after every iteration has stored its result.
    var results: [Value] { Array(storage) }

    /// Runs `body` for `count` items cut into at most `sliceCount` contiguous, non-empty slices on all cores,
    /// and returns each slice's result in slice order.
    static func map(count: Int, sliceCount: Int, _ body: @Sendable (Range<Int>) -> Value, initial: Value) -> [Value] {
        let sliceSize = max(1, (count + sliceCount - 1) / max(1, sliceCount))
        let slices = (count + sliceSize - 1) / sliceSize  // every slice non-empty
        let slots = ConcurrentSlots(count: slices, initial: initial)
        DispatchQueue.concurrentPerform(iterations: slices) { slice in
            slots.store(body(slice * sliceSize..<min((slice + 1) * sliceSize, count)), at: slice)
        }
        return slots.results
    }
}
