import CaseModel
import LedgerCalendar

/// Corrections and retractions of earlier events (DOMAIN.md §3.1, §9): a visit date entered wrongly, a
/// referral source mis-selected, a visit recorded on the wrong child's file. Each refers to an event of
/// the same household and is recorded days to weeks after it.
enum Corrections {
    /// Chance that a visit's date is corrected **(gk)**.
    static let visitDateCorrectionChance = 0.01
    /// Chance that a visit is retracted **(gk)**.
    static let visitRetractionChance = 0.002
    /// Chance that a referral's source is corrected **(gk)**.
    static let referralSourceCorrectionChance = 0.01

    /// Adds corrections and retractions for some of `recorder`'s events.
    static func add(to recorder: inout HouseholdRecorder) {
        for original in recorder.drafts {
            switch original.data {
            case let visit as StatutoryVisitMade:
                if recorder.random.chance(visitDateCorrectionChance) {
                    let shifted = original.occurredOn.adding(days: -recorder.random.integer(in: 1...3))
                    let replacement = EventReplacement(occurredOn: shifted, data: visit)
                    supersede(original, with: .corrected(replacement, "Visit date entered incorrectly."), in: &recorder)
                } else if recorder.random.chance(visitRetractionChance) {
                    supersede(original, with: .retracted("Recorded on the wrong child's file."), in: &recorder)
                }
            case var referral as ReferralReceived where recorder.random.chance(referralSourceCorrectionChance):
                let mistaken = referral.source
                while referral.source == mistaken {
                    referral.source = Calibration.referralSources(on: original.occurredOn).draw(using: &recorder.random)
                }
                let replacement = EventReplacement(
                    occurredOn: original.occurredOn, occurredAt: original.occurredAt, data: referral)
                supersede(
                    original, with: .corrected(replacement, "Referral source selected incorrectly."), in: &recorder)
            default:
                continue
            }
        }
    }

    private enum Change {
        case corrected(EventReplacement, String)
        case retracted(String)
    }

    /// Records the change on the original's stream, 1–45 days after the original was recorded.
    private static func supersede(_ original: EventDraft, with change: Change, in recorder: inout HouseholdRecorder) {
        let date = original.recordedAt.utcDate.adding(days: recorder.random.integer(in: 1...45))
        guard date <= recorder.endDate else { return }
        let recordedAt = RecordingLag.officeHours(on: date, using: &recorder.random)
        let data: any EventData
        switch change {
        case .corrected(let replacement, let reason):
            data = EventCorrected(correctedEventId: original.eventId, reason: reason, replacement: replacement)
        case .retracted(let reason):
            data = EventRetracted(
                retractedEventId: original.eventId, retractedType: type(of: original.data).typeName, reason: reason)
        }
        recorder.append { eventID, sequence in
            EventDraft(
                eventId: eventID, data: data, occurredOn: date, occurredAt: nil, recordedAt: recordedAt,
                childId: original.childId, householdId: original.householdId, caseId: original.caseId,
                actor: original.actor, rationale: nil, priority: .journey, sequence: sequence)
        }
    }
}
