import CaseModel
import LedgerCalendar

// Missing episodes with return interviews (DOMAIN.md §3.10) and LADO allegations (§3.11), outside any
// referral episode.

extension ChildJourney {
    /// Outcomes of allegations **(gk)**.
    static let allegationOutcomes = WeightedTable<AllegationOutcomeKind>([
        (.substantiated, 0.3), (.unsubstantiated, 0.35), (.unfounded, 0.25), (.malicious, 0.05),
        (.falseAllegation, 0.05),
    ])

    /// Missing episodes for some children aged 11 and over, and an allegation for a few children, on
    /// dates between `from` and the end date (or the 18th birthday).
    mutating func recordEpisodesOutsideReferrals(from earliest: CivilDate) {
        // Never start an episode in the burn-in: its end would be written without its start.
        let first = max(earliest, recorder.startDate)
        let last = min(recorder.endDate, child.adulthood.adding(days: -1))
        let missingFrom = max(first, child.birthDate.adding(months: 11 * 12))
        if missingFrom < last, chance(Calibration.missingChildChance) {
            let count = draw(Calibration.missingEpisodeCounts)
            let dates = (0..<count).map { _ in missingFrom.adding(days: integer(in: 0...missingFrom.days(until: last)))
            }
            var earliest = missingFrom
            for date in dates.sorted() where max(date, earliest) <= last {
                earliest = recordMissingEpisode(on: max(date, earliest)).adding(days: 1)
            }
        }
        if first < last, chance(Calibration.allegationChildChance) {
            recordAllegation(on: first.adding(days: integer(in: 0...first.days(until: last))))
        }
    }

    /// Missing from `date`, back some hours later; a return interview offered (mostly within 72 h) and held.
    /// Returns the date of the interview, after which the next episode may start.
    private mutating func recordMissingEpisode(on date: CivilDate) -> CivilDate {
        let started = instant(on: date)
        let from: MissingFrom = chance(0.8) ? .home : .education
        record(
            MissingEpisodeStarted(missingFrom: from, reportedToPolice: chance(0.85)), on: date, at: started,
            inEpisode: false)
        let ended = started.adding(seconds: Int64(drawWhole(Calibration.missingHours)) * 3_600 + 600)
        record(MissingEpisodeEnded(), on: ended.londonDate, at: ended, inEpisode: false)
        let onTime = chance(Calibration.returnInterviewOnTimeShare)
        let offered = ended.adding(seconds: Int64(onTime ? integer(in: 2...70) : integer(in: 73...240)) * 3_600)
        record(ReturnInterviewOffered(), on: offered.londonDate, inEpisode: false)
        let held = offered.londonDate.adding(days: integer(in: 0...4))
        record(ReturnInterviewHeld(accepted: chance(0.65)), on: held, inEpisode: false)
        return held
    }

    /// An allegation against someone working with the child: LADO told (mostly within 1 WD), outcome later.
    private mutating func recordAllegation(on date: CivilDate) {
        let criteria: [HarmCriterion] = chance(0.5) ? [.harmedChild] : [.harmedChild, .possibleCriminalOffence]
        record(AllegationReceived(harmCriteria: criteria, personIsVolunteer: chance(0.15)), on: date, inEpisode: false)
        let onTime = chance(Calibration.ladoOnTimeShare)
        let notified = addingWorkingDays(onTime ? integer(in: 0...1) : integer(in: 2...5), to: date)
        record(LadoNotified(channel: chance(0.75) ? .employer : .police), on: notified, inEpisode: false)
        let outcome = AllegationOutcome(outcome: draw(Self.allegationOutcomes))
        record(outcome, on: notified.adding(days: integer(in: 20...120)), decidedBy: manager, inEpisode: false)
    }
}
