import CaseModel
import LedgerCalendar
import SeededRandom

/// Collects the LSCB's events (review and board streams): numbers them per stream subject (`R0001-E00001`,
/// `B0001-E00001`), stamps record times with the case events' `RecordingLag` and keeps only those dated in
/// the window. Owns the governance random stream.
struct GovernanceRecorder {
    let startDate: CivilDate
    let endDate: CivilDate
    var random: SplitMix64
    private(set) var drafts: [(event: CaseEvent, sequence: Int)] = []
    private var sequenceBySubject: [String: Int] = [:]
    private var sequence = 0

    init(startDate: CivilDate, endDate: CivilDate, random: SplitMix64) {
        self.startDate = startDate
        self.endDate = endDate
        self.random = random
    }

    /// Records an event of review `reviewID` or board `boardID` on `date`; nothing outside the window.
    mutating func emit(
        _ data: any EventData, on date: CivilDate, reviewID: String? = nil, boardID: String? = nil,
        actor: Actor
    ) {
        let recordedAt = RecordingLag.recordedAt(occurredOn: date, occurredAt: nil, using: &random)
        guard date >= startDate, date <= endDate, let subject = reviewID ?? boardID else { return }
        let number = sequenceBySubject[subject, default: 0] + 1
        sequenceBySubject[subject] = number
        let envelope = EventEnvelope(
            eventId: SyntheticIDs.event(householdID: subject, sequence: number), boardId: boardID,
            reviewId: reviewID, occurredOn: date, recordedAt: recordedAt, actor: actor)
        do {
            drafts.append((try CaseEvent(envelope: envelope, data: data), sequence))
        } catch {
            preconditionFailure("generated \(type(of: data).typeName) lacks its stream subject: \(error)")
        }
        sequence += 1
    }

    /// The events in output order: by record time, then generation order.
    var events: [CaseEvent] {
        drafts.sorted {
            ($0.event.envelope.recordedAt, $0.sequence) < ($1.event.envelope.recordedAt, $1.sequence)
        }.map(\.event)
    }

    mutating func chance(_ probability: Double) -> Bool { random.chance(probability) }
    mutating func integer(in range: ClosedRange<Int>) -> Int { random.integer(in: range) }
    mutating func pick<Element>(_ list: [Element]) -> Element { list[integer(in: 0...(list.count - 1))] }
}
