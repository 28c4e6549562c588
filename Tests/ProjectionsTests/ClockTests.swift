import CaseModel
import LedgerCalendar
import Projections
import Rulebooks
import TestSupport
import Testing

@Suite struct ClockTests {
    let engine = ClockEngine(rulebooks: .shipped)

    /// Strategy discussion initiating s47 on Mon 13 May 2013; ICPC 15 WD (WT2013) falls due Tue 4 Jun 2013.
    private func icpcLedger(icpcOn: String?) -> TestLedger {
        var ledger = TestLedger()
        ledger.append(
            StrategyDiscussionHeld(form: .meeting, initiatesSection47: true, attendingAgencies: ["police"]),
            on: "2013-05-13", at: "09:00:00")
        if let icpcOn {
            ledger.append(
                IcpcHeld(preBirth: false, planRequired: false, category: nil, parentalFactors: ParentalFactors()),
                on: icpcOn, id: "ICPC")
        }
        return ledger
    }

    private func icpcClock(_ ledger: TestLedger, asOf: String = "2013-12-31") throws -> Clock? {
        let history = try #require(try ledger.state().children["C1"])
        return try engine.clocks(for: history, asOf: day(asOf)).first { $0.family == "icpc" }
    }

    @Test(arguments: [
        ("2013-06-03", ClockStatus.met), ("2013-06-04", .met),
        ("2013-06-05", .breached(by: Overrun(amount: 1, unit: .workingDays))),
        ("2013-06-08", .breached(by: Overrun(amount: 4, unit: .workingDays))),
    ])
    func icpcIsMetUpToItsDueDateAndBreachedAfter(icpcOn: String, expected: ClockStatus) throws {
        let clock = try #require(try icpcClock(icpcLedger(icpcOn: icpcOn)))
        #expect(clock.due == .date(day("2013-06-04")))
        #expect(clock.status == expected)
        #expect(clock.ruleID == "nat.icpc-15" && clock.rulebook.name == "wt2013")
        #expect(clock.startPosition == 0 && clock.stopPosition == 1)
    }

    @Test(arguments: [
        ("2013-06-03", ClockStatus.openInTime), ("2013-06-04", .openInTime),
        ("2013-06-05", .openOverdue(by: Overrun(amount: 1, unit: .workingDays))),
    ])
    func openIcpcClockIsJudgedAsOfTheGivenDate(asOf: String, expected: ClockStatus) throws {
        let clock = try #require(try icpcClock(icpcLedger(icpcOn: "2013-06-20"), asOf: asOf))
        #expect(clock.status == expected)
        #expect(clock.stop == nil && clock.stopPosition == nil)
    }

    @Test func retractedIcpcNoLongerStopsTheClock() throws {
        var ledger = icpcLedger(icpcOn: "2013-06-03")
        ledger.retract("ICPC", typeName: IcpcHeld.typeName, on: "2013-06-10")
        let clock = try #require(try icpcClock(ledger, asOf: "2013-06-10"))
        #expect(clock.status == .openOverdue(by: Overrun(amount: 4, unit: .workingDays)))
    }

    @Test func correctedIcpcDateMovesTheClock() throws {
        var ledger = icpcLedger(icpcOn: "2013-06-03")
        ledger.correct(
            "ICPC", to: IcpcHeld(preBirth: false, planRequired: false, category: nil, parentalFactors: ParentalFactors()),
            on: "2013-06-06")
        let clock = try #require(try icpcClock(ledger))
        #expect(clock.status == .breached(by: Overrun(amount: 2, unit: .workingDays)))
        #expect(clock.stopPosition == 1)
    }

    @Test func reviewConferencesChainFromTheActualPreviousReview() throws {
        var ledger = TestLedger()
        let factors = ParentalFactors()
        ledger.append(IcpcHeld(preBirth: false, planRequired: true, category: .neglect, parentalFactors: factors),
            on: "2013-11-29")
        ledger.append(RcpcHeld(planContinues: true, latestCategory: .neglect, parentalFactors: factors), on: "2014-03-03")
        ledger.append(RcpcHeld(planContinues: true, latestCategory: .neglect, parentalFactors: factors), on: "2014-09-02")
        let history = try #require(try ledger.state().children["C1"])
        let reviews = try engine.clocks(for: history, asOf: day("2014-12-31")).filter { $0.family == "rcpc" }
        #expect(reviews.map(\.clockID) == ["nat.rcpc-first", "nat.rcpc-next", "nat.rcpc-next"])
        #expect(reviews.map(\.due) == [.date(day("2014-02-28")), .date(day("2014-09-03")), .date(day("2015-03-02"))])
        #expect(reviews.map(\.status) == [
            .breached(by: Overrun(amount: 3, unit: .calendarDays)), .met, .openInTime,
        ])
    }

    @Test func ruleInForceIsChosenByTheClockStartDate() throws {
        var ledger = TestLedger()
        ledger.append(ReferralReceived(source: .police), on: "2013-04-12")
        ledger.append(ReferralReceived(source: .police), child: "C2", on: "2013-04-15")
        let state = try ledger.state()
        let first = try engine.clocks(for: try #require(state.children["C1"]), asOf: day("2013-04-16"))
        let second = try engine.clocks(for: try #require(state.children["C2"]), asOf: day("2013-04-16"))
        #expect(Set(first.map(\.rulebook.name)) == ["wt2010"])
        #expect(second.contains { $0.ruleID == "nat.assessment-45" && $0.rulebook.name == "wt2013" })
    }

    @Test func cancelBeforeTheDueDateDropsTheClock() throws {
        var ledger = icpcLedger(icpcOn: nil)
        ledger.append(Section47Concluded(concernsSubstantiated: false, icpcRequired: false), on: "2013-05-20")
        #expect(try icpcClock(ledger) == nil)
    }

    @Test func sameDayDecisionRecordedBeforeItsReferralStillStopsTheDecisionClock() throws {
        var ledger = TestLedger()
        ledger.append(ReferralDecisionMade(outcome: .assessment), on: "2014-06-26")
        ledger.append(ReferralReceived(source: .police), on: "2014-06-26", recordedOn: "2014-07-28")
        let history = try #require(try ledger.state().children["C1"])
        let clock = try #require(
            try engine.clocks(for: history, asOf: day("2014-12-31")).first { $0.family == "referral-decision" })
        #expect(clock.status == .met)
        #expect(clock.stopPosition == 0)
    }

    @Test func section47ConcludedWithoutAConferenceVoidsTheIcpcClockEvenAfterItsDueDate() throws {
        var ledger = icpcLedger(icpcOn: nil)
        ledger.append(Section47Concluded(concernsSubstantiated: false, icpcRequired: false), on: "2013-06-10")
        #expect(try icpcClock(ledger) == nil)
    }

    @Test func caseClosedAfterTheDueDateWithNoConferenceIsABreach() throws {
        var ledger = icpcLedger(icpcOn: nil)
        ledger.append(CaseClosed(reason: .init(rawValue: "RC7")!), on: "2013-06-10")
        let clock = try #require(try icpcClock(ledger))
        #expect(clock.status == .breached(by: Overrun(amount: 4, unit: .workingDays)))
    }
}
