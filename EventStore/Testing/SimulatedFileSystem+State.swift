import EventStore

extension SimulatedFileSystem {
    /// Everything the simulated disk holds; guarded by the file system's mutex.
    ///
    /// Files are inodes addressed by number, so a renamed or removed file keeps its content for the
    /// handles that still have it open. The namespace exists twice: `entries` is what calls see now,
    /// `durableEntries` what a crash falls back to.
    struct State {
        var random: SimulationRandom
        var capacityBytes: Int?
        /// Incremented by every crash; a handle or lock from an older generation is dead.
        var generation = 0
        var inodes: [Int: SimulatedInode] = [:]
        var inodeNumberNext = 0
        /// Path of each file now → inode number.
        var entries: [String: Int] = [:]
        /// Path of each file after a crash → inode number.
        var durableEntries: [String: Int] = [:]
        /// Every directory; created durably, never removed.
        var directories: Set<String> = [SimulatedPath.root]
        /// Locked path → token of the lock that holds it.
        var locks: [String: Int] = [:]
        var lockTokenNext = 0
        var faults: [Fault] = []
        var counters = Counters()

        init(random: SimulationRandom, capacityBytes: Int?) {
            self.random = random
            self.capacityBytes = capacityBytes
        }

        /// The total current size of the files in the namespace now.
        var usedBytes: Int {
            Set(entries.values).reduce(0) { total, number in total + (inodes[number]?.current.count ?? 0) }
        }

        /// Throws `.noSpace` if growing a file by `growthBytes` would exceed the capacity.
        func checkCapacity(growthBytes: Int, operation: Operation, path: String) throws(FileSystemError) {
            guard growthBytes > 0, let capacityBytes else { return }
            if usedBytes + growthBytes > capacityBytes {
                throw FileSystemError(code: .noSpace, operation: operation.rawValue, path: path)
            }
        }

        /// Throws `.notFound` unless the parent of `path` is a directory.
        func requireParentDirectory(of path: String, operation: Operation) throws(FileSystemError) {
            guard directories.contains(SimulatedPath.parent(of: path)) else {
                throw FileSystemError(code: .notFound, operation: operation.rawValue, path: path)
            }
        }

        /// Adds an empty inode under `path` in the current namespace.
        mutating func createInode(atPath path: String) -> Int {
            let number = inodeNumberNext
            inodeNumberNext += 1
            inodes[number] = SimulatedInode()
            entries[path] = number
            return number
        }

        mutating func openInode(atPath path: String, mode: FileOpenMode) throws(FileSystemError) -> Int {
            let operation: Operation = mode == .createNew ? .createFile : .openFile
            if directories.contains(path) {
                let code: FileSystemError.Code = mode == .createNew ? .alreadyExists : .invalidArgument
                throw FileSystemError(code: code, operation: operation.rawValue, path: path)
            }
            if mode != .createNew {
                guard let number = entries[path] else {
                    throw FileSystemError(code: .notFound, operation: operation.rawValue, path: path)
                }
                return number
            }
            guard entries[path] == nil else {
                throw FileSystemError(code: .alreadyExists, operation: operation.rawValue, path: path)
            }
            try requireParentDirectory(of: path, operation: operation)
            return createInode(atPath: path)
        }

        mutating func createDirectory(atPath path: String) throws(FileSystemError) {
            for directory in SimulatedPath.selfAndAncestors(of: path) where entries[directory] != nil {
                throw FileSystemError(
                    code: .alreadyExists, operation: Operation.createDirectory.rawValue, path: directory)
            }
            directories.formUnion(SimulatedPath.selfAndAncestors(of: path))
        }

        func contentsOfDirectory(atPath path: String) throws(FileSystemError) -> [String] {
            guard directories.contains(path) else {
                let code: FileSystemError.Code = entries[path] == nil ? .notFound : .invalidArgument
                throw FileSystemError(code: code, operation: Operation.listDirectory.rawValue, path: path)
            }
            let children =
                entries.keys.filter { SimulatedPath.parent(of: $0) == path }
                + directories.filter { $0 != path && SimulatedPath.parent(of: $0) == path }
            return children.map(SimulatedPath.name(of:)).sorted(by: SimulatedPath.bytewiseLess)
        }

        mutating func renameFile(atPath sourcePath: String, toPath targetPath: String) throws(FileSystemError) {
            guard let number = entries[sourcePath] else {
                throw FileSystemError(code: .notFound, operation: Operation.rename.rawValue, path: sourcePath)
            }
            guard !directories.contains(targetPath) else {
                throw FileSystemError(code: .invalidArgument, operation: Operation.rename.rawValue, path: targetPath)
            }
            try requireParentDirectory(of: targetPath, operation: .rename)
            entries[sourcePath] = nil
            entries[targetPath] = number
        }

        mutating func removeFile(atPath path: String) throws(FileSystemError) {
            guard entries[path] != nil else {
                let code: FileSystemError.Code = directories.contains(path) ? .invalidArgument : .notFound
                throw FileSystemError(code: code, operation: Operation.remove.rawValue, path: path)
            }
            entries[path] = nil
        }

        mutating func synchronizeDirectory(atPath path: String) throws(FileSystemError) {
            guard directories.contains(path) else {
                throw FileSystemError(code: .notFound, operation: Operation.synchronizeDirectory.rawValue, path: path)
            }
            let affected = Set(entries.keys).union(durableEntries.keys).filter { SimulatedPath.parent(of: $0) == path }
            for child in affected {
                durableEntries[child] = entries[child]
            }
        }

        mutating func lock(atPath path: String) throws(FileSystemError) -> Int {
            guard locks[path] == nil else {
                throw FileSystemError(code: .locked, operation: Operation.lock.rawValue, path: path)
            }
            if entries[path] == nil {
                _ = try openInode(atPath: path, mode: .createNew)
            }
            let token = lockTokenNext
            lockTokenNext += 1
            locks[path] = token
            return token
        }
    }
}
