import CaseModel
import LedgerCalendar

/// One generated event before it is sorted and wrapped as a `CaseEvent`.
struct EventDraft {
    /// Sorts household events first, then child registrations, then everything else, at equal record times.
    enum Priority: Int, Comparable {
        case household, registration, journey

        static func < (a: Priority, b: Priority) -> Bool { a.rawValue < b.rawValue }
    }

    var eventId: String
    var data: any EventData
    var occurredOn: CivilDate
    var occurredAt: Instant?
    var recordedAt: Instant
    var childId: String?
    var householdId: String?
    var caseId: String?
    var actor: Actor
    var rationale: String?
    var priority: Priority
    /// Generation order within the household: the last tie-breaker of the output order.
    var sequence: Int

    /// The output order within a household: record time, then priority, then generation order.
    static func precedes(_ a: EventDraft, _ b: EventDraft) -> Bool {
        if a.recordedAt != b.recordedAt { return a.recordedAt < b.recordedAt }
        if a.priority != b.priority { return a.priority < b.priority }
        return a.sequence < b.sequence
    }

    /// The finished event.
    func event() -> CaseEvent {
        let envelope = EventEnvelope(
            eventId: eventId, childId: childId, householdId: householdId, caseId: caseId, occurredOn: occurredOn,
            occurredAt: occurredAt, recordedAt: recordedAt, actor: actor, rationale: rationale)
        do {
            return try CaseEvent(envelope: envelope, data: data)
        } catch {
            preconditionFailure("generated \(type(of: data).typeName) lacks its stream subject: \(error)")
        }
    }
}
