import CaseModel

/// One decoded event as the ledger holds it: its position, its chain hash and its ledger time.
///
/// Projections read these in ledger order (ascending `position`); the position and chain hash are what
/// reports cite so that every figure drills down to the exact records behind it.
public struct LedgerEvent: Hashable, Sendable {
    /// The record's global position (0-based, contiguous).
    public var position: UInt64
    /// The record's chain hash (32 bytes).
    public var chainHash: [UInt8]
    /// When the ledger wrote the record, in nanoseconds since the Unix epoch.
    public var ledgerTimestampNanoseconds: Int64
    /// The decoded event.
    public var event: CaseEvent

    /// Creates a ledger event.
    public init(position: UInt64, chainHash: [UInt8], ledgerTimestampNanoseconds: Int64, event: CaseEvent) {
        self.position = position
        self.chainHash = chainHash
        self.ledgerTimestampNanoseconds = ledgerTimestampNanoseconds
        self.event = event
    }
}
