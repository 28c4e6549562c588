import CaseModel
import LedgerCalendar

/// Simulates one child's journey through children's social care, referral episode by referral episode.
///
/// Each episode is a small state machine (`EpisodeStep`): referral → assessment → CIN plan / s47 →
/// conference → CP plan → step-down or closure. Phases run in valid-time order, so every ordering
/// invariant of DOMAIN.md §3.16 holds by construction; events after the end date are dropped by the
/// recorder, which leaves the journey open rather than inconsistent.
struct ChildJourney {
    /// What an episode does next.
    enum EpisodeStep {
        case assess(referral: CivilDate, decision: CivilDate)
        case enquire(from: CivilDate)
        case childInNeedPlan(from: CivilDate)
        case protect(conference: CivilDate, category: CategoryOfAbuse)
        case lookAfter(from: CivilDate)
        case close(on: CivilDate, reason: ReasonForClosure)
        /// The episode is still open at the end date (or its last event fell after it).
        case open
    }

    let child: SyntheticChild
    var recorder: HouseholdRecorder
    /// The allocated team (1-based) and worker of the current episode.
    var team = 1
    var worker = SyntheticIDs.socialWorker(team: 1, slot: 0)
    var caseID: String?
    var referralCount = 0
    var planCount = 0
    /// Set when a referral goes straight to s47: a single assessment (s47 basis) runs alongside.
    var assessmentAlongsideEnquiry = false
    /// The episode does not close before this date: the referral's acknowledgement, or the authorisation of
    /// an assessment still running beside the enquiry or plan.
    var closesNoEarlierThan: CivilDate?

    init(child: SyntheticChild, recorder: HouseholdRecorder) {
        self.child = child
        self.recorder = recorder
    }

    /// Runs referral episodes from `firstReferral` until the child is not referred again, turns 18, or the
    /// end date passes.
    mutating func run(firstReferral: CivilDate) {
        var referralDate = firstReferral
        while referralDate <= recorder.endDate, referralDate < child.adulthood {
            guard let closed = runEpisode(referral: referralDate), chance(Calibration.reReferralChance) else { return }
            referralDate = nextReferralDate(after: referralDate, closedOn: closed)
        }
    }

    /// One referral episode; returns its closure date, or nil if it is still open.
    /// An episode referred before the start date (burn-in) is simulated silently: none of its events is
    /// kept, but its closure and any re-referral are.
    private mutating func runEpisode(referral: CivilDate) -> CivilDate? {
        recorder.isSilent = referral < recorder.startDate
        defer { recorder.isSilent = false }
        var step = receiveReferral(on: referral)
        while true {
            switch step {
            case .assess(let referral, let decision): step = assess(referral: referral, decision: decision)
            case .enquire(let date): step = enquiryStep(from: date)
            case .childInNeedPlan(let date): step = childInNeedPlan(from: date)
            case .protect(let conference, let category): step = protect(conference: conference, category: category)
            case .lookAfter(let date): step = lookAfter(from: date)
            case .close(let date, let reason): return close(on: date, reason: reason)
            case .open: return nil
            }
        }
    }

    /// The next referral: most within 12 months of the previous one, always after the closure.
    private mutating func nextReferralDate(after previous: CivilDate, closedOn closed: CivilDate) -> CivilDate {
        let withinYear = chance(Calibration.reReferralWithinYearShare)
        let gapDays = withinYear ? integer(in: 21...364) : integer(in: 366...1_100)
        let earliest = closed.adding(days: integer(in: 7...28))
        return max(previous.adding(days: gapDays), earliest)
    }

    /// Keeps the episode open until at least `date`.
    mutating func keepOpen(until date: CivilDate) {
        closesNoEarlierThan = max(date, closesNoEarlierThan ?? date)
    }

    /// Closes the episode; returns the closure date, or nil if it fell after the end date.
    private mutating func close(on date: CivilDate, reason: ReasonForClosure) -> CivilDate? {
        let closing = max(date, closesNoEarlierThan ?? date)
        closesNoEarlierThan = nil
        guard record(CaseClosed(reason: reason), on: closing, decidedBy: manager) != nil else { return nil }
        return closing
    }
}

// MARK: Recording and randomness

extension ChildJourney {
    /// The current team's manager.
    var manager: String { SyntheticIDs.manager(team: team) }

    /// Records an event of this child in the current episode, by the allocated worker.
    @discardableResult
    mutating func record(
        _ data: any EventData, on date: CivilDate, at instant: Instant? = nil, decidedBy: String? = nil,
        rationale: String? = nil, recordedNoEarlierThan: Instant? = nil, inEpisode: Bool = true
    ) -> String? {
        let actor = Actor(
            recordedBy: worker, team: SyntheticIDs.team(number: team), agency: SyntheticIDs.authorityAgency,
            decidedBy: decidedBy)
        return recorder.emit(
            data, on: date, at: instant, childID: child.id, caseID: inEpisode ? caseID : nil, actor: actor,
            rationale: rationale, recordedNoEarlierThan: recordedNoEarlierThan)
    }

    mutating func chance(_ probability: Double) -> Bool { recorder.random.chance(probability) }
    mutating func integer(in range: ClosedRange<Int>) -> Int { recorder.random.integer(in: range) }
    mutating func draw<Element>(_ table: WeightedTable<Element>) -> Element { table.draw(using: &recorder.random) }
    mutating func drawWhole(_ curve: QuantileCurve) -> Int { curve.drawWhole(using: &recorder.random) }
    mutating func pick<Element>(_ list: [Element]) -> Element { list[integer(in: 0...(list.count - 1))] }

    /// An instant at a random time of day on `date` (the same London date).
    mutating func instant(on date: CivilDate) -> Instant { RecordingLag.anyHour(on: date, using: &recorder.random) }
    /// An instant in office hours on `date`.
    mutating func officeInstant(on date: CivilDate) -> Instant {
        RecordingLag.officeHours(on: date, using: &recorder.random)
    }

    func addingWorkingDays(_ count: Int, to date: CivilDate) -> CivilDate {
        recorder.addingWorkingDays(count, to: date)
    }
    func nextWorkingDay(onOrAfter date: CivilDate) -> CivilDate { recorder.nextWorkingDay(onOrAfter: date) }

    /// Whether the journey has run past the end date or the child's 18th birthday.
    func isPastHorizon(_ date: CivilDate) -> Bool { date > recorder.endDate }
}
