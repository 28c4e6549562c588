import CaseModel
import LedgerCalendar
import Projections

/// Builds small hand-written ledgers: each appended event gets the next position and a fake chain hash.
struct TestLedger {
    private(set) var events: [LedgerEvent] = []
    private var nextEventNumber = 1

    /// Appends a child event dated `on` (recorded the same day at noon UTC unless `recordedOn` is given); a
    /// review event goes to review `R-<child>`.
    @discardableResult
    mutating func append(
        _ data: any EventData, child: String = "C1", on date: String, at time: String? = nil,
        recordedOn: String? = nil, team: String? = nil, id: String? = nil
    ) -> String {
        let eventId = id ?? "E\(nextEventNumber)"
        nextEventNumber += 1
        let occurredOn = CivilDate(iso8601: date)!
        let recorded = Instant(utcDate: CivilDate(iso8601: recordedOn ?? date)!, hour: 12)
        let isReview = data.targetStreamKind == .review
        let envelope = EventEnvelope(
            eventId: eventId, childId: isReview ? nil : child, reviewId: isReview ? "R-\(child)" : nil,
            occurredOn: occurredOn,
            occurredAt: time.map { Instant(iso8601: "\(date)T\($0)Z")! }, recordedAt: recorded,
            actor: Actor(recordedBy: "sw-1", team: team))
        let position = UInt64(events.count)
        let event = try! CaseEvent(envelope: envelope, data: data)
        events.append(
            LedgerEvent(
                position: position, chainHash: [UInt8](repeating: UInt8(truncatingIfNeeded: position), count: 32),
                ledgerTimestampNanoseconds: Int64(position) * 1_000_000_000, event: event))
        return eventId
    }

    /// Appends a correction of `eventId` that moves it to `date` with `data`.
    mutating func correct(_ eventId: String, to data: any EventData, on date: String, child: String = "C1") {
        let replacement = EventReplacement(occurredOn: CivilDate(iso8601: date)!, data: data)
        append(
            EventCorrected(correctedEventId: eventId, reason: "wrong date", replacement: replacement), child: child,
            on: date)
    }

    /// Appends a retraction of `eventId` (of type `typeName`).
    mutating func retract(_ eventId: String, typeName: String, on date: String, child: String = "C1") {
        append(
            EventRetracted(retractedEventId: eventId, retractedType: typeName, reason: "wrong file"), child: child,
            on: date)
    }

    /// The folded state of every event.
    func state() throws -> ProjectionState { try ProjectionState.rebuild(from: events) }
}

