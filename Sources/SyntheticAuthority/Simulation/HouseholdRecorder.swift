import CaseModel
import LedgerCalendar
import SeededRandom

/// Collects one household's events as they are simulated: owns the household's random stream, numbers
/// the events, stamps record times and drops anything outside the window: dated after the end date,
/// dated before the start date, or simulated while `isSilent` (burn-in episodes).
///
/// **Causal record order within a day.** A child's events on the same valid date are recorded in the
/// order they were simulated (each at least a minute after the previous one), as a case system would
/// write them: a referral's decision is never recorded before the referral, an ICPC before its
/// discussion. Projections order same-date events by ledger position, so this keeps same-day clocks
/// (referral → decision, assessment start → authorisation) paired with their own stop.
struct HouseholdRecorder {
    /// A child and a valid date: the key of the same-day record floor.
    private struct ChildDay: Hashable {
        let childID: String
        let date: CivilDate
    }

    let householdID: String
    let startDate: CivilDate
    let endDate: CivilDate
    let calendar: WorkingDayCalendar
    var random: SplitMix64
    /// While true, events are simulated (ids and randomness consumed) but not kept: a burn-in episode.
    var isSilent = false
    private(set) var drafts: [EventDraft] = []
    private var sequence = 0
    /// The latest record time of each child's events on each valid date (bounded by one household).
    private var lastRecordedAtByChildDay: [ChildDay: Instant] = [:]

    init(
        householdID: String, startDate: CivilDate, endDate: CivilDate, calendar: WorkingDayCalendar,
        random: SplitMix64
    ) {
        self.householdID = householdID
        self.startDate = startDate
        self.endDate = endDate
        self.calendar = calendar
        self.random = random
    }

    /// Records an event unless `date` is after the end date; keeps it only if it lies in the window and
    /// the recorder is not silent.
    ///
    /// - Parameters:
    ///   - recordedNoEarlierThan: the record time of an event this one refers to; the record time is
    ///     moved to at least a minute after it, so a reference never points forward in the output.
    /// - Returns: the new event's id (also for an event simulated but not kept), or nil if it fell after
    ///   the end date.
    @discardableResult
    mutating func emit(
        _ data: any EventData, on date: CivilDate, at instant: Instant? = nil, childID: String?,
        caseID: String? = nil, actor: Actor, rationale: String? = nil, recordedNoEarlierThan: Instant? = nil,
        priority: EventDraft.Priority = .journey
    ) -> String? {
        guard date <= endDate else { return nil }
        var recordedAt = RecordingLag.recordedAt(occurredOn: date, occurredAt: instant, using: &random)
        if let floor = recordedNoEarlierThan, recordedAt <= floor { recordedAt = floor.adding(seconds: 60) }
        sequence += 1
        let eventID = SyntheticIDs.event(householdID: householdID, sequence: sequence)
        guard !isSilent, date >= startDate else { return eventID }
        if let childID {
            let day = ChildDay(childID: childID, date: date)
            if let floor = lastRecordedAtByChildDay[day], recordedAt <= floor { recordedAt = floor.adding(seconds: 60) }
            lastRecordedAtByChildDay[day] = recordedAt
        }
        drafts.append(
            EventDraft(
                eventId: eventID, data: data, occurredOn: date, occurredAt: instant, recordedAt: recordedAt,
                childId: childID, householdId: data.targetStreamKind == .household ? householdID : nil,
                caseId: caseID, actor: actor, rationale: rationale, priority: priority, sequence: sequence))
        return eventID
    }

    /// The record time of an event emitted earlier (by id).
    func recordedAt(of eventID: String) -> Instant? {
        drafts.last(where: { $0.eventId == eventID })?.recordedAt
    }

    /// Adds an already-built draft (corrections and retractions), numbering it.
    mutating func append(_ build: (String, Int) -> EventDraft) {
        sequence += 1
        drafts.append(build(SyntheticIDs.event(householdID: householdID, sequence: sequence), sequence))
    }

    /// Replaces the drafts (after sorting or adjusting them).
    mutating func replaceDrafts(_ newDrafts: [EventDraft]) { drafts = newDrafts }

    // MARK: Calendar

    /// `count` working days after `date` (elapsed convention, counting from the actual start).
    func addingWorkingDays(_ count: Int, to date: CivilDate) -> CivilDate {
        do {
            return try calendar.addingWorkingDays(
                count, to: date, convention: .elapsed, nonWorkingStart: .countFromStart)
        } catch {
            preconditionFailure("calendar coverage is checked by AuthorityParameters.validate: \(error)")
        }
    }

    /// `date` if it is a working day, else the next working day.
    func nextWorkingDay(onOrAfter date: CivilDate) -> CivilDate {
        do {
            return try calendar.nextWorkingDay(onOrAfter: date)
        } catch {
            preconditionFailure("calendar coverage is checked by AuthorityParameters.validate: \(error)")
        }
    }
}
