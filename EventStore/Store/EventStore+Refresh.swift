extension EventStore {
    /// Brings a read-only store up to date: re-reads the manifest, the index checkpoint and the HEAD hint,
    /// and extends the readable records to those now durable. A read-only store is otherwise a snapshot
    /// taken at open; cursors created before a refresh keep their end. A read-write store is always up to
    /// date, so this does nothing for one.
    ///
    /// - Throws: `corrupt` if the ledger on disk no longer extends what this store has seen (fewer
    ///   records, or a different record at the last position seen), leaving the store unchanged;
    ///   `notFound`, `io`, or `readOnly` if the store is closed.
    /// - Complexity: as a read-only open: the records after the index checkpoint and the tail segment.
    public func refresh() throws(EventStoreError) {
        let seen = try withOpenState { state in (state.index.recordCount, state.index.chainHead) }
        guard mode == .readOnly else { return }
        var opener = LedgerOpener(fileSystem: fileSystem, paths: paths, options: options, mode: .readOnly)
        opener.scansWholeTail = isInspecting
        let opened = try opener.openReportingCorruption()
        if opened.isDamaged && !isInspecting { throw opened.damageError(directory: paths.directory) }
        try Self.check(opened, extendsRecordCount: seen.0, chainHead: seen.1, directory: paths.directory)
        shared.withLock { state in
            guard opened.index.recordCount >= state.index.recordCount else { return }  // a concurrent refresh won
            state.index = opened.index
            state.segments = opened.segments
            state.lastTimestampNanoseconds = opened.lastTimestampNanoseconds
            state.unreadablePositions = opened.unreadablePositions
            state.diagnosis = opened.diagnosis
        }
    }

    /// Throws `corrupt` unless `opened` holds at least `recordCount` records, the last of them with `chainHead`.
    private static func check(
        _ opened: OpenedLedger, extendsRecordCount recordCount: UInt64, chainHead: [UInt8], directory: String
    ) throws(EventStoreError) {
        guard recordCount > 0 else { return }
        guard opened.index.recordCount >= recordCount, let location = opened.index.location(of: recordCount - 1),
            let slot = opened.segments.first(where: { $0.segmentIndex == location.segmentIndex })
        else {
            throw EventStoreError(
                .corrupt,
                "\(directory): the ledger now has \(opened.index.recordCount) records, fewer than \(recordCount)")
        }
        let (record, _) = try readFrame(from: slot.file, segmentIndex: location.segmentIndex, offset: location.offset)
        guard constantTimeEqual(record.chainHash, chainHead) else {
            throw EventStoreError(
                .corrupt, "\(directory): position \(recordCount - 1) no longer carries the chain hash this store saw")
        }
    }
}
