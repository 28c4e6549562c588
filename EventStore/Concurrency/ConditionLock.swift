#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A value guarded by a mutex, with a condition variable to wait until the value is ready for a caller.
///
/// The condition variable measures timed waits on `CLOCK_MONOTONIC`, which never jumps with the wall clock.
///
/// The mutex and the condition variable live in memory allocated here (never inline in the object, whose
/// address Swift may not keep stable for `&` access), initialised once and destroyed in `deinit`.
///
/// `@unchecked Sendable`: `value` is read and written only inside `withLock`, with `mutex` held; the
/// pointers are immutable after `init`, and pthread mutexes and condition variables may be used from
/// any thread.
final class ConditionLock<Value>: @unchecked Sendable {
    private let mutex: UnsafeMutablePointer<pthread_mutex_t>
    private let condition: UnsafeMutablePointer<pthread_cond_t>
    private var value: Value

    /// Guards `value`.
    init(_ value: Value) {
        self.value = value
        mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
        mutex.initialize(to: pthread_mutex_t())
        condition = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)
        condition.initialize(to: pthread_cond_t())
        precondition(pthread_mutex_init(mutex, nil) == 0, "pthread_mutex_init")
        var attributes = pthread_condattr_t()
        precondition(pthread_condattr_init(&attributes) == 0, "pthread_condattr_init")
        precondition(pthread_condattr_setclock(&attributes, CLOCK_MONOTONIC) == 0, "pthread_condattr_setclock")
        precondition(pthread_cond_init(condition, &attributes) == 0, "pthread_cond_init")
        pthread_condattr_destroy(&attributes)
    }

    deinit {
        pthread_cond_destroy(condition)
        pthread_mutex_destroy(mutex)
        condition.deinitialize(count: 1)
        condition.deallocate()
        mutex.deinitialize(count: 1)
        mutex.deallocate()
    }

    /// Runs `body` with the mutex held, after waiting (mutex released while asleep) until `isReady` holds.
    /// Every `withLock` wakes the waiters when it ends, so they re-check their conditions.
    ///
    /// `isReady` and `body` must not block or call back into this lock.
    func withLock<Result, Failure: Error>(
        waitingUntil isReady: (Value) -> Bool = { _ in true }, _ body: (inout Value) throws(Failure) -> Result
    ) throws(Failure) -> Result {
        pthread_mutex_lock(mutex)
        defer {
            pthread_mutex_unlock(mutex)
            pthread_cond_broadcast(condition)
        }
        while !isReady(value) { pthread_cond_wait(condition, mutex) }
        return try body(&value)
    }

    /// Runs `body` with the mutex held, after waiting (mutex released while asleep) until `isReady` holds or
    /// the monotonic clock reaches `deadlineNanoseconds`, whichever comes first. Wakes the waiters when done.
    func withLock<Result, Failure: Error>(
        waitingUntil isReady: (Value) -> Bool, orDeadline deadlineNanoseconds: UInt64,
        _ body: (inout Value) throws(Failure) -> Result
    ) throws(Failure) -> Result {
        var deadline = timespec(
            tv_sec: Int(deadlineNanoseconds / 1_000_000_000), tv_nsec: Int(deadlineNanoseconds % 1_000_000_000))
        pthread_mutex_lock(mutex)
        defer {
            pthread_mutex_unlock(mutex)
            pthread_cond_broadcast(condition)
        }
        while !isReady(value) {
            if pthread_cond_timedwait(condition, mutex, &deadline) == ETIMEDOUT { break }
        }
        return try body(&value)
    }

    /// Now on `CLOCK_MONOTONIC`, the clock of timed waits, in nanoseconds.
    static func monotonicNanoseconds() -> UInt64 {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return UInt64(now.tv_sec) * 1_000_000_000 + UInt64(now.tv_nsec)
    }

    /// Runs `body` on the value with the mutex held; wakes no waiter (for reads).
    func withLockedValue<Result, Failure: Error>(_ body: (Value) throws(Failure) -> Result) throws(Failure) -> Result {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        return try body(value)
    }
}
