import CaseModel
import LedgerCalendar
import Projections
import Reports

/// One hand-built event: child, valid date, payload, and an optional event id (default `E<position>`).
struct AnnualEntry {
    var child: String
    var date: String
    var data: any EventData
    var eventId: String?
    var recordedOn: String?

    init(_ child: String, _ date: String, _ data: any EventData, id eventId: String? = nil, recordedOn: String? = nil) {
        self.child = child
        self.date = date
        self.data = data
        self.eventId = eventId
        self.recordedOn = recordedOn
    }
}

/// Small hand-built ledgers for the annual figures: events folded in the order given (position = index).
enum AnnualLedger {
    static let referral = ReferralReceived(source: ReferralSource(rawValue: "2A")!)
    static let noFactors = ParentalFactors()

    /// A plain event list folded into a projection state.
    static func state(_ entries: [AnnualEntry]) throws -> ProjectionState {
        try ProjectionState.rebuild(from: events(entries))
    }

    /// The ledger events of `entries`.
    static func events(_ entries: [AnnualEntry]) -> [LedgerEvent] {
        entries.enumerated().map { index, entry in
            let envelope = EventEnvelope(
                eventId: entry.eventId ?? "E\(index)", childId: entry.child,
                occurredOn: CivilDate(iso8601: entry.date)!,
                recordedAt: Instant(iso8601: "\(entry.recordedOn ?? entry.date)T12:00:00Z")!,
                actor: Actor(recordedBy: "sw-1"))
            return LedgerEvent(
                position: UInt64(index), chainHash: [UInt8](repeating: UInt8(index % 256), count: 32),
                ledgerTimestampNanoseconds: Int64(index), event: try! CaseEvent(envelope: envelope, data: entry.data))
        }
    }

    /// The report of `entries` for the year starting in `startYear` (and `yearCount - 1` before it).
    static func report(
        _ entries: [AnnualEntry], year startYear: Int, yearCount: Int = 1, reference: AnnualReference? = nil
    ) throws -> AnnualReport {
        try AnnualReport.build(
            state: state(entries),
            parameters: AnnualParameters(
                year: FinancialYear(startingIn: startYear), yearCount: yearCount, reference: reference,
                generatedAt: "2016-04-30T12:00:00Z"))
    }

    /// A span of events that makes the ledger cover `from…to` (one contact at each end), so that years in it
    /// are complete.
    static func coverage(from: String = "2010-04-01", to: String = "2017-04-01") -> [AnnualEntry] {
        let contact = ContactReceived(channel: .phone)
        return [AnnualEntry("Z0", from, contact), AnnualEntry("Z0", to, contact)]
    }
}

extension AnnualReport {
    /// The count of figure `id` in the year starting in `startYear` (nil if not a count).
    func count(_ id: String, _ startYear: Int) -> Int? {
        guard case .count(let count) = value(id, in: FinancialYear(startingIn: startYear)) else { return nil }
        return count
    }

    /// The tenths of a percentage or rate (nil if unavailable).
    func tenths(_ id: String, _ startYear: Int) -> Int? {
        guard case .tenths(let tenths) = value(id, in: FinancialYear(startingIn: startYear)) else { return nil }
        return tenths
    }
}
