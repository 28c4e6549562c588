import EventStore

/// The outcome of `ProjectionCheckpoint.verify(against:)`.
public struct CheckpointVerification: Hashable, Sendable {
    /// The checkpoint's position.
    public var position: UInt64?
    /// The hash recorded in the checkpoint.
    public var storedStateHash: [UInt8]
    /// The hash of a full rebuild up to the checkpoint's position.
    public var rebuiltStateHash: [UInt8]
    /// Whether the rebuild's chain head equals the checkpoint's.
    public var chainHeadMatches: Bool

    /// True when both the state hash and the chain head match.
    public var matches: Bool { chainHeadMatches && storedStateHash == rebuiltStateHash }
}

extension ProjectionCheckpoint {
    /// Proves a full rebuild from position 0 reproduces this checkpoint: the events up to and including
    /// `position` are folded into an empty state and its hash compared with `stateHash`. The rebuild has no
    /// derived section, so a checkpoint with sections does not match here: use `verify(in:sections:)`.
    ///
    /// - Parameter reading: the ledger read from position 0 (records after `position` are ignored).
    /// - Throws: `ProjectionError` if an event cannot be folded.
    public func verify(against reading: LedgerReading) throws(ProjectionError) -> CheckpointVerification {
        var state = ProjectionState()
        if let position { try state.apply(reading.through(position)) }
        return verification(of: state)
    }

    /// Proves a full rebuild from position 0 reproduces this checkpoint, as `verify(against:)`, reading
    /// `store` a batch at a time: memory holds the state and one batch, not the decoded ledger. The rebuilt
    /// checkpoint carries the sections `sections` derives from the rebuilt state, so derived sections are
    /// proven too (a section the caller cannot derive makes the hashes differ).
    ///
    /// - Throws: the store's errors; `ProjectionError` if an event cannot be folded.
    public func verify(
        in store: EventStore, sections: (ProjectionState) -> [CheckpointSection] = { _ in [] }
    ) throws -> CheckpointVerification {
        var state = ProjectionState()
        if let position {
            try LedgerEvent.readBatches(from: store) { reading in try state.apply(reading.through(position)) }
        }
        return verification(of: state, sections: sections(state))
    }

    private func verification(of state: ProjectionState, sections: [CheckpointSection] = [])
        -> CheckpointVerification
    {
        CheckpointVerification(
            position: position, storedStateHash: stateHash,
            rebuiltStateHash: ProjectionCheckpoint(of: state, sections: sections).stateHash,
            chainHeadMatches: state.chainHead == chainHead)
    }
}
