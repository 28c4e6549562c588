import Integrity

extension EventStore {
    /// The view of the ledger's Merkle tree at `treeSize`, from the Merkle cache where it is valid.
    /// - Throws: `notFound` if the ledger holds fewer records; the read's errors.
    func merkleView(treeSize: UInt64? = nil) throws(EventStoreError) -> MerkleView {
        let recordCount = try withOpenState { state in state.index.recordCount }
        let treeSize = treeSize ?? recordCount
        guard treeSize <= recordCount else {
            throw EventStoreError(
                .notFound, "the ledger holds \(recordCount) records, fewer than the tree size \(treeSize)")
        }
        let sealed = try merkleCacheEntries(cached: (try? loadedMerkleCache()) ?? []).map(\.range).prefix { range in
            range.subtrees.last.map { $0.start + $0.leafCount <= treeSize } ?? false
        }
        return MerkleView(treeSize: treeSize, sealed: Array(sealed)) { (range) throws(EventStoreError) in
            try self.leafHashes(range)
        }
    }

    /// Brings the Merkle cache file `MERKLE` up to date with the sealed segments (FORMAT.md, "Merkle cache"),
    /// reading only the sealed segments it lacks; does nothing when it is current or nothing is sealed.
    ///
    /// Not called by the append path (it would cost every record a second read and two hashes): a writer calls
    /// it when convenient, as the CLI does before closing a ledger it opened for writing. It is only a cache:
    /// without it, roots and proofs read the segments it would have summarised.
    /// - Throws: `readOnly` for a read-only or closed store; `io` if the file cannot be written; the read's
    ///   errors.
    public func updateMerkleCache() throws(EventStoreError) {
        guard mode == .readWrite else { throw EventStoreError(.readOnly, "only the writer updates the Merkle cache") }
        let stored = try? loadedMerkleCache()
        let entries = try merkleCacheEntries(cached: stored ?? [])
        guard !entries.isEmpty, entries != stored else { return }
        try performIO("write Merkle cache") { () throws(FileSystemError) in
            try fileSystem.writeAtomically(
                MerkleCacheFile.encode(entries), path: paths.directory + "/" + MerkleCacheFile.name,
                temporaryPath: paths.directory + "/" + MerkleCacheFile.name + ".tmp", directory: paths.directory)
        }
    }

    /// One entry per sealed segment: the one in `cached` (the Merkle cache file's entries, or none) where it
    /// names the segment exactly (index, first position, record count, chain head), else computed by reading
    /// the segment's records.
    func merkleCacheEntries(cached stored: [MerkleCacheFile.Entry]) throws(EventStoreError) -> [MerkleCacheFile.Entry] {
        let sealed = try sealedSegments()
        var cached = stored
        if cached.count > sealed.count { cached = [] }  // names segments this ledger does not have sealed
        var entries: [MerkleCacheFile.Entry] = []
        for (number, segment) in sealed.enumerated() {
            if number < cached.count, cached[number].segmentIndex == segment.segmentIndex,
                cached[number].firstPosition == segment.firstPosition,
                cached[number].recordCount == segment.recordCount,
                constantTimeEqual(cached[number].chainHead, segment.chainHead)
            {
                entries.append(cached[number])
                continue
            }
            cached = []  // a mismatch: trust nothing after it either
            let end = segment.firstPosition + segment.recordCount
            var computed = segment
            computed.range = MerkleRange(
                start: segment.firstPosition, leafHashes: try leafHashes(segment.firstPosition..<end))
            entries.append(computed)
        }
        return entries
    }

    /// The sealed segments as the open store sees them, with empty ranges.
    private func sealedSegments() throws(EventStoreError) -> [MerkleCacheFile.Entry] {
        try withOpenState { state in
            state.segments.enumerated().compactMap { number, slot in
                guard slot.isSealed else { return nil }
                let next = number + 1 < state.segments.count ? state.segments[number + 1] : nil
                return MerkleCacheFile.Entry(
                    segmentIndex: slot.segmentIndex, firstPosition: slot.firstPosition, recordCount: slot.recordCount,
                    chainHead: next?.previousChainHash ?? state.index.chainHead,
                    range: MerkleRange(start: slot.firstPosition, leafHashes: []))
            }
        }
    }

    private func loadedMerkleCache() throws(EventStoreError) -> [MerkleCacheFile.Entry] {
        let path = paths.directory + "/" + MerkleCacheFile.name
        let bytes = try performIO("read Merkle cache") { () throws(FileSystemError) in
            let file = try fileSystem.openFile(atPath: path, mode: .readOnly)
            return try file.read(atOffset: 0, count: min(try file.size(), Self.merkleCacheSizeBytesMax))
        }
        return try MerkleCacheFile.decode(bytes)
    }

    /// Largest Merkle cache read (about 64 + 2,100 bytes per sealed segment; 2^20 segments at most).
    static let merkleCacheSizeBytesMax = 1 << 31

    /// The leaf hashes of the records at `range`.
    func leafHashes(_ range: Range<UInt64>) throws(EventStoreError) -> [MerkleTree.Hash] {
        var hashes: [MerkleTree.Hash] = []
        hashes.reserveCapacity(range.count)
        var cursor = try events(fromPosition: range.lowerBound)
        while UInt64(hashes.count) < UInt64(range.count), let record = try cursor.next() {
            hashes.append(MerkleTree.leafHash(record.chainHash))
        }
        guard UInt64(hashes.count) == UInt64(range.count) else {
            throw EventStoreError(.corrupt, "the log ends before position \(range.upperBound)")
        }
        return hashes
    }
}
