import CaseModel
import LedgerCalendar
import Projections
import Rulebooks
import TestSupport
import Testing

/// Links between events that name a clock's start or stop are used when present.
@Suite struct ClockLinkTests {
    let engine = ClockEngine(rulebooks: .shipped)

    private static let discussion = StrategyDiscussionHeld(form: .meeting, initiatesSection47: true)

    /// An s47 initiated on 13 May 2013 and never concluded; a second discussion on 2 Sep 2013 initiates the
    /// s47 that leads to the ICPC of 16 Sep 2013 (10 WD later).
    private func twoEnquiries(secondSection47First: Bool) -> TestLedger {
        var ledger = TestLedger()
        ledger.append(Self.discussion, on: "2013-05-13", id: "D1")
        ledger.append(Section47Started(strategyDiscussionEventId: "D1", jointWithPolice: true), on: "2013-05-13")
        let second = Section47Started(strategyDiscussionEventId: "D2", jointWithPolice: true)
        if secondSection47First { ledger.append(second, on: "2013-09-02") }
        ledger.append(Self.discussion, on: "2013-09-02", id: "D2")
        if !secondSection47First { ledger.append(second, on: "2013-09-02") }
        ledger.append(
            IcpcHeld(preBirth: false, planRequired: false, category: nil, parentalFactors: ParentalFactors()),
            on: "2013-09-16")
        return ledger
    }

    @Test(arguments: [false, true])
    func theIcpcClockStartsAtTheDiscussionItsSection47Names(secondSection47First: Bool) throws {
        let history = try #require(try twoEnquiries(secondSection47First: secondSection47First).state().children["C1"])
        let icpc = try engine.clocks(for: history, asOf: day("2013-12-31")).filter { $0.family == "icpc" }
        #expect(icpc.count == 1)
        #expect(icpc.first?.startEventId == "D2")
        #expect(icpc.first?.status == .met && icpc.first?.duration == 10)
    }

    @Test func withoutALinkTheFirstInitiatingDiscussionStillAnchors() throws {
        var ledger = TestLedger()
        ledger.append(Self.discussion, on: "2013-05-13", id: "D1")
        ledger.append(Self.discussion, on: "2013-09-02", id: "D2")
        ledger.append(
            IcpcHeld(preBirth: false, planRequired: false, category: nil, parentalFactors: ParentalFactors()),
            on: "2013-09-16")
        let history = try #require(try ledger.state().children["C1"])
        let icpc = try #require(try engine.clocks(for: history, asOf: day("2013-12-31")).first { $0.family == "icpc" })
        #expect(icpc.startEventId == "D1")
    }

    private static func authorised(_ assessment: String?) -> AssessmentAuthorised {
        AssessmentAuthorised(
            childInNeed: true, factors: [.noFactorsIdentified], nextStep: .noFurtherAction,
            assessmentEventId: assessment)
    }

    private func dfeClocks(_ ledger: TestLedger) throws -> (clocks: [Clock], unpaired: [UnpairedStop]) {
        let history = try #require(try ledger.state().children["C1"])
        let pairing = try engine.pairing(for: history, asOf: day("2014-12-31"))
        return (pairing.clocks.filter { $0.family == "assessment-dfe" }, pairing.unpairedStops)
    }

    /// Two overlapping assessments, A1 from 1 May 2014 and A2 from 6 May; A2 is authorised first (20 May).
    @Test func overlappingAssessmentsArePairedByTheirLinks() throws {
        var ledger = TestLedger()
        ledger.append(AssessmentStarted(legalBasis: .section17), on: "2014-05-01", id: "A1")
        ledger.append(AssessmentStarted(legalBasis: .section17), on: "2014-05-06", id: "A2")
        ledger.append(Self.authorised("A2"), on: "2014-05-20")
        ledger.append(Self.authorised("A1"), on: "2014-07-31")
        let (clocks, unpaired) = try dfeClocks(ledger)
        let stops = Dictionary(uniqueKeysWithValues: clocks.map { ($0.startEventId, $0.stop) })
        #expect(stops == ["A1": .date(day("2014-07-31")), "A2": .date(day("2014-05-20"))])
        #expect(unpaired.isEmpty)
    }

    @Test func unlinkedAuthorisationsPairWithTheEarliestOpenAssessment() throws {
        var ledger = TestLedger()
        ledger.append(AssessmentStarted(legalBasis: .section17), on: "2014-05-01", id: "A1")
        ledger.append(AssessmentStarted(legalBasis: .section17), on: "2014-05-06", id: "A2")
        ledger.append(Self.authorised(nil), on: "2014-05-20")
        ledger.append(Self.authorised(nil), on: "2014-07-31")
        let clocks = try dfeClocks(ledger).clocks
        #expect(clocks.map(\.startEventId) == ["A1", "A2"])
        #expect(clocks.map(\.stop) == [.date(day("2014-05-20")), .date(day("2014-07-31"))])
    }

    @Test func anAuthorisationNoAssessmentCanTakeIsReportedNotDropped() throws {
        var ledger = TestLedger()
        ledger.append(Self.authorised(nil), on: "2014-04-30", id: "X0")
        ledger.append(AssessmentStarted(legalBasis: .section17), on: "2014-05-01", id: "A1")
        ledger.append(Self.authorised("A9"), on: "2014-05-20", id: "X1")
        ledger.append(Self.authorised("A1"), on: "2014-05-21")
        ledger.append(Self.authorised("A1"), on: "2014-05-22", id: "X2")
        let (clocks, unpaired) = try dfeClocks(ledger)
        #expect(clocks.count == 1 && clocks.first?.status == .met)
        #expect(unpaired.map(\.eventId) == ["X0", "X1", "X2"])
        #expect(unpaired.map(\.reason) == [.noOpenClock, .linkedStartNotOpen, .linkedStartNotOpen])
        #expect(unpaired.map(\.ruleID) == ["dfe.assessment-45", "dfe.assessment-45", "dfe.assessment-45"])
    }
}
