import EventStore
import LedgerCalendar
import Projections
import Reports
import Rulebooks
import TextFormats

/// Builds chronologies from an open ledger: streams through the per-stream index, provenance from the head
/// and (by binary search on ledger time) the record last appended by the knowledge time.
enum ChronologyLedger {
    /// The chronology `request` asks for, read from `store`; records of its streams that do not decode are
    /// added to `skipped` (the command lists them and exits 1, never leaving them out silently). Only records
    /// below `positionLimit` are read (an evidence bundle stops at its checkpoint's tree size).
    static func chronology(
        _ request: ChronologyRequest, store: EventStore, skipped: inout [SkippedRecord],
        positionLimit: UInt64 = .max
    ) throws -> ChildChronology {
        let count = min(store.info.recordCount, positionLimit)
        let last = count == 0 ? nil : try store.record(at: count - 1)
        let head = last.map {
            ChronologyProvenance.LedgerPoint(position: $0.position, chainHash: HexText.encode($0.chainHash))
        }
        let atKnownAt = try request.times.knownAt.flatMap {
            try lastPosition(appendedBy: $0, in: store, recordCount: count)
        }
        let fallback =
            last.map { ReplayTimes.appendTime(nanoseconds: $0.ledgerTimestampNanoseconds).londonDate }
            ?? CivilDate(dayNumber: 0)
        var found: [SkippedRecord] = []
        let chronology = try ChildChronology.build(
            request, engine: ClockEngine(rulebooks: .shipped), fallbackJudgementDate: fallback,
            provenance: ChronologyProvenance(ledgerHead: head, ledgerAtKnownAt: atKnownAt, streams: []),
            readStream: { stream in
                let reading = try LedgerEvent.readStream(stream, from: store)
                found += reading.skipped.filter { $0.position < positionLimit }
                return reading.events.filter { $0.position < positionLimit }
            })
        skipped += found
        return chronology
    }

    /// The last record appended at or before `instant` (ledger times never decrease along the log), found
    /// in O(log n) record reads.
    /// Only the first `recordCount` records are searched (all by default).
    static func lastPosition(appendedBy instant: Instant, in store: EventStore, recordCount: UInt64? = nil) throws
        -> ChronologyProvenance.LedgerPoint?
    {
        var low: UInt64 = 0
        var high = recordCount ?? store.info.recordCount  // answer is in [low, high): the first record appended after `instant`
        while low < high {
            let middle = low + (high - low) / 2
            let record = try store.record(at: middle)
            if ReplayTimes.appendTime(nanoseconds: record.ledgerTimestampNanoseconds) <= instant {
                low = middle + 1
            } else {
                high = middle
            }
        }
        guard low > 0 else { return nil }
        let record = try store.record(at: low - 1)
        return ChronologyProvenance.LedgerPoint(position: low - 1, chainHash: HexText.encode(record.chainHash))
    }
}
