/// A record in a case stream that does not decode as a catalogue event (for example one appended through
/// the engine's API before the CLI validated appends): the projections skip it and every report built from
/// a state that skipped it lists it as a finding, so one bad record never breaks the reports for good.
///
/// Carries positions, stream names, type names and decoding-error kinds only, never payload content.
public struct SkippedRecord: Hashable, Sendable {
    /// The record's ledger position.
    public var position: UInt64
    /// The record's chain hash (the fold advances its chain head past a skipped record).
    public var chainHash: [UInt8]
    /// The stream the record was appended to.
    public var stream: String
    /// The record's type name, as stored.
    public var type: String
    /// Why it was skipped: the decoding error's kind and field path, e.g. `missingField at data.source`.
    public var reason: String

    /// Creates a skipped record.
    public init(position: UInt64, chainHash: [UInt8], stream: String, type: String, reason: String) {
        self.position = position
        self.chainHash = chainHash
        self.stream = stream
        self.type = type
        self.reason = reason
    }
}

/// The case events of a ledger range in order, and the case-stream records skipped because they do not
/// decode (both ascending by position). Records outside the case model are in neither.
public struct LedgerReading: Hashable, Sendable {
    /// The decoded events.
    public var events: [LedgerEvent]
    /// The records that did not decode.
    public var skipped: [SkippedRecord]

    /// Creates a reading.
    public init(events: [LedgerEvent] = [], skipped: [SkippedRecord] = []) {
        self.events = events
        self.skipped = skipped
    }

    /// The events and skipped records at or before `position`.
    func through(_ position: UInt64) -> LedgerReading {
        LedgerReading(
            events: events.filter { $0.position <= position }, skipped: skipped.filter { $0.position <= position })
    }

    /// Appends `other`, which must come after this reading.
    mutating func append(_ other: LedgerReading) {
        events += other.events
        skipped += other.skipped
    }
}
