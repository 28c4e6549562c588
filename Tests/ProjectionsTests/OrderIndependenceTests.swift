import CaseModel
import LedgerCalendar
import Projections
import Rulebooks
import TestSupport
import Testing

/// Figures are a function of the set of events: the ledger order of a correction and its target, or of
/// same-day events, never changes them (`ValidTimeOrder`, `ChildHistory`).
@Suite struct OrderIndependenceTests {
    let engine = ClockEngine(rulebooks: .shipped)

    private func clocks(_ ledger: TestLedger, family: String, asOf: String = "2013-12-31") throws -> [Clock] {
        let history = try #require(try ledger.state().children["C1"])
        return try engine.clocks(for: history, asOf: day(asOf)).filter { $0.family == family }
    }

    private static let discussion = StrategyDiscussionHeld(form: .meeting, initiatesSection47: true)
    private static let icpc = IcpcHeld(
        preBirth: false, planRequired: false, category: nil, parentalFactors: ParentalFactors())

    @Test func aCorrectionRecordedBeforeItsTargetIsAppliedWhenTheTargetArrives() throws {
        var ledger = TestLedger()
        ledger.correct("ICPC", to: Self.icpc, on: "2013-06-20")  // moves the ICPC past its 4 Jun due date
        ledger.append(Self.discussion, on: "2013-05-13", at: "09:00:00")
        ledger.append(Self.icpc, on: "2013-06-03", id: "ICPC")
        let clock = try #require(try clocks(ledger, family: "icpc").first)
        #expect(clock.status == .breached(by: Overrun(amount: 12, unit: .workingDays)))
        let history = try #require(try ledger.state().children["C1"])
        #expect(history.unresolvedSupersessionPositions.isEmpty)
        #expect(history.events.map(\.correctionPositions) == [[], [0]])
    }

    @Test func aRetractionRecordedBeforeItsTargetRemovesIt() throws {
        var ledger = TestLedger()
        ledger.retract("ICPC", typeName: IcpcHeld.typeName, on: "2013-06-10")
        ledger.append(Self.discussion, on: "2013-05-13", at: "09:00:00")
        ledger.append(Self.icpc, on: "2013-06-03", id: "ICPC")
        let clock = try #require(try clocks(ledger, family: "icpc", asOf: "2013-06-10").first)
        #expect(clock.status == .openOverdue(by: Overrun(amount: 4, unit: .workingDays)))
    }

    @Test func twoCorrectionsOfOneEventApplyInRecordTimeOrderWhateverTheLedgerOrder() throws {
        func ledger(laterFirst: Bool) -> TestLedger {
            var ledger = TestLedger()
            ledger.append(Self.discussion, on: "2013-05-13", at: "09:00:00")
            ledger.append(Self.icpc, on: "2013-06-03", id: "ICPC")
            let corrections = [("2013-06-05", "2013-06-06", "K1"), ("2013-06-20", "2013-06-21", "K2")]
            for (date, recordedOn, id) in laterFirst ? corrections.reversed() : corrections {
                let replacement = EventReplacement(occurredOn: day(date), data: Self.icpc)
                ledger.append(
                    EventCorrected(correctedEventId: "ICPC", reason: "date", replacement: replacement), on: date,
                    recordedOn: recordedOn, id: id)
            }
            return ledger
        }
        let inOrder = try #require(try clocks(ledger(laterFirst: false), family: "icpc").first)
        let reversed = try #require(try clocks(ledger(laterFirst: true), family: "icpc").first)
        #expect(inOrder.stop == .date(day("2013-06-20")))
        #expect(reversed.stop == inOrder.stop && reversed.status == inOrder.status)
    }

    @Test(arguments: [false, true])
    func aSameDayNfaDecisionCancelsTheAssessmentClockWhicheverWasRecordedFirst(decisionFirst: Bool) throws {
        var ledger = TestLedger()
        let referral = ReferralReceived(source: .police)
        let decision = ReferralDecisionMade(outcome: .noFurtherAction)
        for data in decisionFirst ? [decision, referral] as [any EventData] : [referral, decision] {
            ledger.append(data, on: "2013-05-01")
        }
        #expect(try clocks(ledger, family: "assessment").isEmpty)
        let decided = try #require(try clocks(ledger, family: "referral-decision").first)
        #expect(decided.status == .met && decided.duration == 0)
    }

    @Test(arguments: [false, true])
    func anRcpcThatEndsThePlanStopsItsClockWhicheverWasRecordedFirst(planEndFirst: Bool) throws {
        var ledger = TestLedger()
        let conference = IcpcHeld(preBirth: false, planRequired: true, category: .neglect, parentalFactors: .init())
        ledger.append(conference, on: "2013-05-13")
        ledger.append(CpPlanStarted(initialCategory: .neglect), on: "2013-05-13")
        let review = RcpcHeld(planContinues: false, latestCategory: nil, parentalFactors: ParentalFactors())
        let end = CpPlanEnded(reason: .noLongerAtRisk)
        for data in planEndFirst ? [end, review] as [any EventData] : [review, end] {
            ledger.append(data, on: "2013-07-15")
        }
        let rcpc = try clocks(ledger, family: "rcpc")
        #expect(rcpc.count == 1)
        #expect(rcpc.first?.status == .met && rcpc.first?.stop == .date(day("2013-07-15")))
    }

    @Test func sameDayEventsAreOrderedByPhaseThenJourneyThenIdNotByPosition() throws {
        var ledger = TestLedger()
        ledger.append(CaseClosed(reason: .servicesCeased), on: "2013-05-01", id: "A")
        ledger.append(ReferralDecisionMade(outcome: .noFurtherAction), on: "2013-05-01", id: "B")
        ledger.append(ReferralReceived(source: .police), on: "2013-05-01", id: "C")
        let history = try #require(try ledger.state().children["C1"])
        #expect(history.eventsInValidTimeOrder().map(\.eventId) == ["C", "B", "A"])
        #expect(!CaseState.project(history).isReferralOpen)
    }
}
