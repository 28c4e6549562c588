import EventStore

extension SimulatedFileSystem {
    /// The kinds of call the simulated file system counts and can fail.
    public enum Operation: String, Sendable, CaseIterable, Hashable {
        /// `openFile` with `.readOnly` or `.readWrite`.
        case openFile = "open"
        /// `openFile` with `.createNew`.
        case createFile = "create"
        /// `OpenFile.read(atOffset:count:)`.
        case read = "pread"
        /// `OpenFile.write(_:atOffset:)`.
        case write = "pwrite"
        /// `OpenFile.size()`.
        case size = "fstat"
        /// `OpenFile.truncate(toSize:)`.
        case truncate = "ftruncate"
        /// `OpenFile.synchronizeData()`.
        case synchronizeData = "fdatasync"
        /// `createDirectory(atPath:)`.
        case createDirectory = "mkdir"
        /// `contentsOfDirectory(atPath:)`.
        case listDirectory = "opendir"
        /// `renameFile(atPath:toPath:)`.
        case rename = "rename"
        /// `removeFile(atPath:)`.
        case remove = "unlink"
        /// `synchronizeDirectory(atPath:)`.
        case synchronizeDirectory = "fsync"
        /// `lockExclusively(atPath:)`.
        case lock = "flock"

        /// True for calls that can change what is on the disk.
        public var isMutating: Bool {
            switch self {
            case .openFile, .read, .size, .listDirectory: false
            case .createFile, .write, .truncate, .synchronizeData, .createDirectory, .rename, .remove,
                .synchronizeDirectory, .lock:
                true
            }
        }
    }

    /// Which calls an armed fault counts.
    public enum CallSelector: Sendable, Equatable {
        /// Every counted call.
        case anyCall
        /// Every call whose operation `isMutating`.
        case anyMutatingCall
        /// Calls of one operation only.
        case operation(Operation)

        func matches(_ operation: Operation) -> Bool {
            switch self {
            case .anyCall: true
            case .anyMutatingCall: operation.isMutating
            case .operation(let selected): selected == operation
            }
        }
    }

    /// An armed fault: which call fails and how.
    struct Fault: Sendable {
        var selector: CallSelector
        /// Matching calls still to let through before this one fires.
        var matchesToSkip: Int
        var code: FileSystemError.Code
        var tearsWrite: Bool
        var repeats: Bool
        /// A misdirected write: the write succeeds but lands this many bytes away from its offset.
        var misdirectionBytes: Int? = nil
        /// A transient read fault: the read succeeds but one bit of what it returns is flipped.
        var flipsReadBit = false
    }

    /// Arms a fault: the matching call with 0-based index `number`, counted from now, throws `code`.
    ///
    /// - Parameters:
    ///   - number: 0 fails the next matching call, 1 the one after, and so on. Must be non-negative.
    ///   - selector: Which calls are counted.
    ///   - code: The error code thrown, typically `.io` or `.noSpace`.
    ///   - tearsWrite: If the failing call is a write, a seeded-random sector-aligned prefix of it
    ///     (possibly empty) reaches the current content before the error is thrown.
    ///   - repeats: If true, every later matching call fails too (a dead disk); otherwise only one.
    ///
    /// Armed faults are disarmed by `crash()` and `disarmFaults()`.
    public func failCall(
        number: Int, of selector: CallSelector = .anyMutatingCall, code: FileSystemError.Code = .io,
        tearsWrite: Bool = false, repeats: Bool = false
    ) {
        precondition(number >= 0, "fault call number must be non-negative")
        let fault = Fault(
            selector: selector, matchesToSkip: number, code: code, tearsWrite: tearsWrite, repeats: repeats)
        withState { state in state.faults.append(fault) }
    }

    /// Arms a misdirected write: the write with 0-based index `number`, counted from now, reports success
    /// but lands `shiftBytes` away from its offset (at 0 if that is before the start of the file); the
    /// bytes at the intended offset stay as they were. The engine cannot see this when it happens.
    public func misdirectWrite(number: Int, shiftBytes: Int) {
        precondition(number >= 0 && shiftBytes != 0, "a misdirected write needs a call number and a shift")
        let fault = Fault(
            selector: .operation(.write), matchesToSkip: number, code: .io, tearsWrite: false, repeats: false,
            misdirectionBytes: shiftBytes)
        withState { state in state.faults.append(fault) }
    }

    /// Arms a transient read fault: the read with 0-based index `number`, counted from now, returns its
    /// bytes with one seeded-random bit flipped (if it returns any); the file keeps its right content, so
    /// the next read of the same bytes is correct.
    public func flipBitOnRead(number: Int) {
        precondition(number >= 0, "fault call number must be non-negative")
        let fault = Fault(
            selector: .operation(.read), matchesToSkip: number, code: .io, tearsWrite: false, repeats: false,
            flipsReadBit: true)
        withState { state in state.faults.append(fault) }
    }

    /// Disarms every armed fault.
    public func disarmFaults() {
        withState { state in state.faults.removeAll() }
    }
}

extension SimulatedFileSystem.State {
    /// Counts a call and throws if an armed fault fires on it.
    mutating func begin(_ operation: SimulatedFileSystem.Operation, path: String) throws(FileSystemError) {
        if let fault = countCall(operation) {
            throw FileSystemError(code: fault.code, operation: operation.rawValue, path: path)
        }
    }

    /// Counts a call and returns the fault that fires on it, if any; every matching fault advances.
    /// Writes use this directly, so that a fault that tears can apply its prefix before throwing.
    mutating func countCall(_ operation: SimulatedFileSystem.Operation) -> SimulatedFileSystem.Fault? {
        counters.record(operation)
        var fired: SimulatedFileSystem.Fault?
        var remaining: [SimulatedFileSystem.Fault] = []
        for var fault in faults {
            guard fault.selector.matches(operation) else {
                remaining.append(fault)
                continue
            }
            if fault.matchesToSkip > 0 {
                fault.matchesToSkip -= 1
            } else if fired == nil {
                fired = fault
                if !fault.repeats { continue }
            }
            remaining.append(fault)
        }
        faults = remaining
        if fired != nil { counters.faultFiredCount += 1 }
        return fired
    }
}
