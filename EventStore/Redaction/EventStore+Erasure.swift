extension EventStore {
    /// Erases the payloads of the event records at `positions` from the ledger in `directory` (FORMAT.md,
    /// "Erased payloads"): each segment holding one is rewritten, crash-safely, with those payloads replaced
    /// by as many zero bytes and the erased flag set. Record offsets, chain hashes and payload hashes do not
    /// change, so the indexes, the Merkle cache, the chain, the Merkle tree and every checkpoint signed before
    /// still verify.
    ///
    /// Takes the writer lock for its whole run, so no store may be open for writing on the ledger (close it
    /// first). Everything is checked before anything is written: every position must name a durable event
    /// record (not a recovery record). Records already erased are left as they are (so a run repeated after
    /// a crash completes it).
    ///
    /// - Returns: the positions erased by this call and those found already erased, ascending.
    /// - Throws: `locked` if a writer holds the ledger; `notFound` for a position past the end;
    ///   `invalidArgument` for a recovery record; `corrupt` if the ledger or a segment fails its checks;
    ///   `io`. After an `io` failure each segment is either rewritten or as it was.
    public static func erasePayloads(
        atPositions positions: [UInt64], directory: String, fileSystem: any FileSystem = POSIXFileSystem(),
        options: EventStoreOptions = EventStoreOptions()
    ) throws(EventStoreError) -> PayloadErasureReport {
        let paths = LedgerPaths(directory: directory)
        guard fileSystem.fileExists(atPath: paths.manifest) || fileSystem.fileExists(atPath: paths.segment(0)) else {
            throw EventStoreError(.notFound, "no ledger in \(directory)")
        }
        let lock = try performIO("lock \(paths.lock)") { () throws(FileSystemError) in
            try fileSystem.lockExclusively(atPath: paths.lock)
        }
        defer { lock.release() }
        let store = try open(directory: directory, fileSystem: fileSystem, mode: .readOnly, options: options)
        let plan = try store.erasurePlan(Set(positions).sorted())
        try? store.close()
        for (segmentIndex, frameOffsets) in plan.frameOffsetsBySegment.sorted(by: { $0.key < $1.key }) {
            try SegmentRewrite(fileSystem: fileSystem, paths: paths, segmentIndex: segmentIndex)
                .rewrite(erasingFramesAt: frameOffsets)
        }
        return PayloadErasureReport(erasedPositions: plan.toErase, alreadyErasedPositions: plan.alreadyErased)
    }

    /// Where the records at `positions` (ascending) lie, checked: each must be a readable event record.
    private func erasurePlan(_ positions: [UInt64]) throws(EventStoreError) -> ErasurePlan {
        var plan = ErasurePlan()
        for position in positions {
            let record = try record(at: position)
            guard record.kind == .event else {
                throw EventStoreError(.invalidArgument, "position \(position) is a recovery record, never erased")
            }
            if record.payloadErased {
                plan.alreadyErased.append(position)
                continue
            }
            let location = try locate(position).1
            plan.toErase.append(position)
            plan.frameOffsetsBySegment[location.segmentIndex, default: []].append(location.offset)
        }
        return plan
    }

    /// The segments and frames an erasure rewrites.
    private struct ErasurePlan {
        var toErase: [UInt64] = []
        var alreadyErased: [UInt64] = []
        var frameOffsetsBySegment: [UInt32: [Int]] = [:]
    }
}

/// What `EventStore.erasePayloads` did.
public struct PayloadErasureReport: Sendable, Equatable {
    /// The positions whose payloads this call erased, ascending.
    public var erasedPositions: [UInt64]
    /// The positions whose payloads were already erased, ascending.
    public var alreadyErasedPositions: [UInt64]
}
