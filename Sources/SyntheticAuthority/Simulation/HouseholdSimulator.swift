import CaseModel
import LedgerCalendar
import SeededRandom

/// Simulates one household from its own random stream, derived from `(seed, household index)`, so a
/// household's events depend on nothing else and memory stays bounded by one household.
enum HouseholdSimulator {
    /// The generated household: its events in output order, how many children were simulated, and how
    /// many of them have events in the window (children referred only during the burn-in have none).
    struct Household {
        var events: [CaseEvent]
        var simulatedChildCount: Int
        var childCount: Int
    }

    /// Age in whole years at the household's first referral **(gk: younger children and teenagers are
    /// referred more than primary-age children)**.
    static let ageYears = WeightedTable(
        (0...17).map { age in (age, age == 0 ? 9.0 : age <= 4 ? 6.5 : age <= 9 ? 5.0 : age <= 15 ? 6.0 : 4.0) })
    /// The worker who records household membership and child registrations (business support).
    static let registrationWorker = SyntheticIDs.worker(number: 9_001)

    /// Simulates household `index`, whose first child has index `firstChildIndex`; at most `childrenMax` children.
    static func simulate(
        index: Int, firstChildIndex: Int, childrenMax: Int, parameters: AuthorityParameters
    ) -> Household {
        let householdID = SyntheticIDs.household(index: index)
        var recorder = HouseholdRecorder(
            householdID: householdID, startDate: parameters.startDate, endDate: parameters.endDate,
            calendar: parameters.calendar, random: SplitMix64(seed: parameters.seed, stream: UInt64(index)))
        let childCount = min(Calibration.householdChildCounts.draw(using: &recorder.random), childrenMax)
        let burnInStart = burnInStart(of: parameters)
        let span = burnInStart.days(until: parameters.endDate)
        let firstReferral = burnInStart.adding(days: recorder.random.integer(in: 0...span))
        let childIDs = (0..<childCount).map { SyntheticIDs.child(index: firstChildIndex + $0) }
        var registrations: [(SyntheticChild, ChildRegistered)] = []
        for childID in childIDs {
            let child = makeChild(
                id: childID, siblings: childIDs, firstReferral: firstReferral, random: &recorder.random)
            registrations.append((child, registration(of: child, random: &recorder.random)))
            var journey = ChildJourney(child: child, recorder: recorder)
            journey.run(firstReferral: firstReferral)
            journey.recordEpisodesOutsideReferrals(from: firstReferral)
            recorder = journey.recorder
        }
        recordMembership(householdIndex: index, childIDs: childIDs, in: &recorder)
        Corrections.add(to: &recorder)
        var drafts = recorder.drafts
        drafts += registrations.compactMap {
            registrationDraft(householdID: householdID, child: $0.0, data: $0.1, among: recorder.drafts)
        }
        drafts.sort(by: EventDraft.precedes)
        let visibleChildCount = registrations.count { registration in
            drafts.contains { $0.childId == registration.0.id }
        }
        return Household(
            events: drafts.map { $0.event() }, simulatedChildCount: childCount, childCount: visibleChildCount)
    }

    /// The first day households may be first referred: `Calibration.burnInMonths` before the start date,
    /// but not before the calendar's first covered year. Episodes referred before the start date are
    /// simulated silently, so the window opens on a population in steady state (re-referrals and long
    /// plans already under way) instead of an empty one.
    static func burnInStart(of parameters: AuthorityParameters) -> CivilDate {
        let calendarStart = CivilDate(year: parameters.calendar.coveredYears.lowerBound, month: 1, day: 1)!
        return max(parameters.startDate.adding(months: -Calibration.burnInMonths), calendarStart)
    }

    private static func makeChild(
        id: String, siblings: [String], firstReferral: CivilDate, random: inout SplitMix64
    ) -> SyntheticChild {
        let age = ageYears.draw(using: &random)
        let birthDate = firstReferral.adding(months: -12 * age).adding(days: -random.integer(in: 0...364))
        return SyntheticChild(
            id: id, birthDate: min(birthDate, firstReferral), siblingIDs: siblings.filter { $0 != id })
    }

    private static func registration(of child: SyntheticChild, random: inout SplitMix64) -> ChildRegistered {
        let male = random.chance(0.51)
        let disabled = random.chance(0.1)
        return ChildRegistered(
            birthDate: child.birthDate, sex: male ? .male : .female, genderCurrent: male ? .male : .female,
            ethnicity: Calibration.ethnicities.draw(using: &random),
            disabilities: disabled ? [random.chance(0.5) ? .learning : .behaviour] : [.none])
    }

    /// The registration sorts before the child's first event: its valid date is the child's earliest and its
    /// record time the child's earliest. It names the household (`householdId`), so that a replay finds the
    /// child's household from the child's own stream. Nil if the child has no events.
    private static func registrationDraft(
        householdID: String, child: SyntheticChild, data: ChildRegistered, among drafts: [EventDraft]
    ) -> EventDraft? {
        let own = drafts.filter { $0.childId == child.id }
        guard let first = own.min(by: { $0.occurredOn < $1.occurredOn }),
            let earliest = own.min(by: { $0.recordedAt < $1.recordedAt })
        else { return nil }
        return EventDraft(
            eventId: SyntheticIDs.registration(householdID: householdID, childID: child.id), data: data,
            occurredOn: first.occurredOn, occurredAt: nil,
            recordedAt: earliest.recordedAt, childId: child.id, householdId: householdID, caseId: nil,
            actor: Actor(recordedBy: registrationWorker, agency: SyntheticIDs.authorityAgency), rationale: nil,
            priority: .registration, sequence: 0)
    }

    /// Parents and children join the household when it first becomes known; some partners join later.
    private static func recordMembership(householdIndex: Int, childIDs: [String], in recorder: inout HouseholdRecorder)
    {
        guard let first = recorder.drafts.min(by: { $0.occurredOn < $1.occurredOn }) else { return }
        let actor = Actor(recordedBy: registrationWorker, agency: SyntheticIDs.authorityAgency)
        var members: [(String, HouseholdRole)] = childIDs.map { ($0, .child) }
        let adults = recorder.random.chance(0.55) ? 2 : 1
        for number in 1...adults {
            members.append(
                (SyntheticIDs.adult(householdIndex: householdIndex, number: number), number == 1 ? .parent : .partner))
        }
        for (personID, role) in members {
            recorder.emit(
                HouseholdMembershipChanged(personId: personID, role: role, change: .joined), on: first.occurredOn,
                childID: nil, actor: actor, recordedNoEarlierThan: first.recordedAt, priority: .household)
        }
    }
}
