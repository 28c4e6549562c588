import EventStore

/// What an open simulated file refers to: one inode, in one generation (boot) of the file system.
struct SimulatedHandle: Sendable {
    /// The path it was opened by, for error messages.
    var path: String
    var inodeNumber: Int
    var generation: Int
    var isWritable: Bool
}

/// An open file of a `SimulatedFileSystem`. Every call takes the file system's mutex.
///
/// Sendable without `@unchecked`: its stored properties are immutable and `Sendable`.
final class SimulatedOpenFile: OpenFile {
    private let fileSystem: SimulatedFileSystem
    private let handle: SimulatedHandle

    init(fileSystem: SimulatedFileSystem, path: String, inodeNumber: Int, generation: Int, isWritable: Bool) {
        self.fileSystem = fileSystem
        self.handle = SimulatedHandle(
            path: path, inodeNumber: inodeNumber, generation: generation, isWritable: isWritable)
    }

    func read(atOffset offset: Int, count: Int) throws(FileSystemError) -> [UInt8] {
        precondition(offset >= 0 && count >= 0, "read offset and count must be non-negative")
        return try fileSystem.withState { (state: inout SimulatedFileSystem.State) throws(FileSystemError) in
            try state.requireLive(handle, operation: .read)
            let fault = state.countCall(.read)
            if let fault, !fault.flipsReadBit {
                throw FileSystemError(
                    code: fault.code, operation: SimulatedFileSystem.Operation.read.rawValue, path: handle.path)
            }
            let sizeBytes = state.currentSizeBytes(of: handle)
            guard offset < sizeBytes, let inode = state.inodes[handle.inodeNumber] else { return [] }
            var bytes = Array(inode.current[offset..<min(offset + count, sizeBytes)])
            if fault != nil, !bytes.isEmpty {
                bytes[state.random.next(below: bytes.count)] ^= UInt8(1) << UInt8(state.random.next(below: 8))
                state.counters.readBitFlipCount += 1
            }
            return bytes
        }
    }

    func write(_ bytes: [UInt8], atOffset offset: Int) throws(FileSystemError) {
        precondition(offset >= 0, "write offset must be non-negative")
        let sectorSizeBytes = fileSystem.sectorSizeBytes
        try fileSystem.withState { (state: inout SimulatedFileSystem.State) throws(FileSystemError) in
            try state.write(bytes, atOffset: offset, through: handle, sectorSizeBytes: sectorSizeBytes)
        }
    }

    func size() throws(FileSystemError) -> Int {
        try fileSystem.withState { (state: inout SimulatedFileSystem.State) throws(FileSystemError) in
            try state.beginHandleCall(handle, operation: .size)
            return state.currentSizeBytes(of: handle)
        }
    }

    func truncate(toSize size: Int) throws(FileSystemError) {
        precondition(size >= 0, "truncation size must be non-negative")
        try fileSystem.withState { (state: inout SimulatedFileSystem.State) throws(FileSystemError) in
            try state.beginHandleCall(handle, operation: .truncate, writing: true)
            let growthBytes = size - state.currentSizeBytes(of: handle)
            try state.checkCapacity(growthBytes: growthBytes, operation: .truncate, path: handle.path)
            state.inodes[handle.inodeNumber]?.make(.truncate(size: size))
        }
    }

    func synchronizeData() throws(FileSystemError) {
        try fileSystem.withState { (state: inout SimulatedFileSystem.State) throws(FileSystemError) in
            try state.beginHandleCall(handle, operation: .synchronizeData, writing: true)
            state.inodes[handle.inodeNumber]?.synchronize()
        }
    }
}

extension SimulatedFileSystem.State {
    /// Checks a handle call: the handle must be from this generation (`.io` otherwise), the call is
    /// counted and may fire a fault, and a write-kind call needs a writable handle (`.permissionDenied`).
    /// Returns nothing, so no copy of the inode outlives the check and forces a copy-on-write.
    mutating func beginHandleCall(
        _ handle: SimulatedHandle, operation: SimulatedFileSystem.Operation, writing: Bool = false
    ) throws(FileSystemError) {
        try requireLive(handle, operation: operation)
        try begin(operation, path: handle.path)
        try requireWritable(handle, operation: operation, writing: writing)
    }

    /// The current size of the file a live handle refers to.
    func currentSizeBytes(of handle: SimulatedHandle) -> Int {
        inodes[handle.inodeNumber]?.current.count ?? 0
    }

    /// Writes through a handle; a fault that tears lands a sector-aligned prefix before throwing.
    mutating func write(
        _ bytes: [UInt8], atOffset offset: Int, through handle: SimulatedHandle, sectorSizeBytes: Int
    ) throws(FileSystemError) {
        try requireLive(handle, operation: .write)
        if let fault = countCall(.write) {
            if let shiftBytes = fault.misdirectionBytes {
                try requireWritable(handle, operation: .write, writing: true)
                let landing = max(0, offset + shiftBytes)
                try checkCapacity(
                    growthBytes: landing + bytes.count - currentSizeBytes(of: handle), operation: .write,
                    path: handle.path)
                inodes[handle.inodeNumber]?.make(.write(offset: landing, bytes: bytes))
                counters.misdirectedWriteCount += 1
                return
            }
            if fault.tearsWrite && handle.isWritable {
                let lengths = SimulatedInode.tornPrefixLengths(
                    offset: offset, byteCount: bytes.count, sectorSizeBytes: sectorSizeBytes)
                let tornLength = lengths[random.next(below: lengths.count)]
                inodes[handle.inodeNumber]?.make(.write(offset: offset, bytes: Array(bytes[..<tornLength])))
            }
            throw FileSystemError(
                code: fault.code, operation: SimulatedFileSystem.Operation.write.rawValue, path: handle.path)
        }
        try requireWritable(handle, operation: .write, writing: true)
        let growthBytes = offset + bytes.count - currentSizeBytes(of: handle)
        try checkCapacity(growthBytes: growthBytes, operation: .write, path: handle.path)
        inodes[handle.inodeNumber]?.make(.write(offset: offset, bytes: bytes))
    }

    func requireLive(
        _ handle: SimulatedHandle, operation: SimulatedFileSystem.Operation
    ) throws(FileSystemError) {
        guard handle.generation == generation, inodes[handle.inodeNumber] != nil else {
            throw FileSystemError(code: .io, operation: operation.rawValue, path: handle.path)
        }
    }

    private func requireWritable(
        _ handle: SimulatedHandle, operation: SimulatedFileSystem.Operation, writing: Bool
    ) throws(FileSystemError) {
        if writing && !handle.isWritable {
            throw FileSystemError(code: .permissionDenied, operation: operation.rawValue, path: handle.path)
        }
    }
}
