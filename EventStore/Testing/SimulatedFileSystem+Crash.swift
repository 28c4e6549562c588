import EventStore

extension SimulatedFileSystem {
    /// Simulates power loss, then leaves the file system usable for the next "boot".
    ///
    /// - The namespace reverts to its durable entries: unsynced creations, renames and removals are undone,
    ///   and files no durable entry names are gone.
    /// - Each surviving file keeps its durable content plus, by `mode` (default `crashMode`), some of
    ///   its unsynced changes: with `.dropUnsynced` none; with `.orderedPrefix` a seeded-random prefix
    ///   of them, the last possibly torn at a sector boundary; with `.sectorsInAnyOrder` a random
    ///   subset of their sector-sized pieces.
    /// - Every open handle and lock becomes dead (handle calls throw `.io`; locks are free again),
    ///   and armed faults are disarmed. Counters keep counting.
    ///
    /// Files are visited in creation order, so the same seed and the same calls give the same bytes.
    public func crash(mode: CrashMode? = nil) {
        let mode = mode ?? crashMode
        withState { state in state.crash(mode: mode, sectorSizeBytes: sectorSizeBytes) }
    }
}

extension SimulatedFileSystem.State {
    mutating func crash(mode: SimulatedFileSystem.CrashMode, sectorSizeBytes: Int) {
        generation += 1
        locks.removeAll()
        faults.removeAll()
        counters.crashCount += 1
        entries = durableEntries
        let surviving = Set(durableEntries.values)
        for number in inodes.keys.sorted() {
            guard surviving.contains(number), var inode = inodes[number] else {
                inodes[number] = nil
                continue
            }
            switch mode {
            case .dropUnsynced:
                inode.persistNothingUnsynced()
            case .orderedPrefix:
                inode.persistOrderedPrefix(using: &random, sectorSizeBytes: sectorSizeBytes)
            case .sectorsInAnyOrder:
                inode.persistSectorsInAnyOrder(using: &random, sectorSizeBytes: sectorSizeBytes)
            }
            inodes[number] = inode
        }
    }
}

extension SimulatedInode {
    /// Keeps only what was synced.
    mutating func persistNothingUnsynced() {
        discardUnsynced()
    }

    /// Keeps a random prefix of the unsynced changes; the first change not kept whole, if a write,
    /// lands as a random sector-aligned prefix of itself (possibly empty). Then current = durable.
    mutating func persistOrderedPrefix(using random: inout SimulationRandom, sectorSizeBytes: Int) {
        let keptCount = random.next(below: unsynced.count + 1)
        for change in unsynced[..<keptCount] {
            change.apply(to: &durable)
        }
        if keptCount < unsynced.count, case .write(let offset, let bytes) = unsynced[keptCount] {
            let lengths = Self.tornPrefixLengths(
                offset: offset, byteCount: bytes.count, sectorSizeBytes: sectorSizeBytes)
            let tornLength = lengths[random.next(below: lengths.count)]
            Change.write(offset: offset, bytes: Array(bytes[..<tornLength])).apply(to: &durable)
        }
        discardUnsynced()
    }

    /// Keeps each sector-sized piece of each unsynced write, and each unsynced truncation, with
    /// probability one half, applied in their original order. Then current = durable.
    mutating func persistSectorsInAnyOrder(using random: inout SimulationRandom, sectorSizeBytes: Int) {
        for change in unsynced {
            let pieces: [Change]
            switch change {
            case .write(let offset, let bytes):
                pieces = Self.sectorPieces(offset: offset, bytes: bytes, sectorSizeBytes: sectorSizeBytes)
            case .truncate:
                pieces = [change]
            }
            for piece in pieces where random.nextBool() {
                piece.apply(to: &durable)
            }
        }
        discardUnsynced()
    }

    /// After a crash the page cache is gone: what reads see is what the medium holds.
    private mutating func discardUnsynced() {
        unsynced.removeAll()
        current = durable
    }
}
