import CaseModel
import LedgerCalendar
import Projections
import Reports
import Rulebooks
import Testing

/// Which team a clock is charged to (`AllocationTimeline`): the allocation in force for its episode at the
/// clock start, else the episode's first (later) allocation; a closure ends an allocation.
@Suite struct TeamAttributionTests {
    /// Builds a small ledger: each event gets the next position; ids `E0`, `E1`, ….
    private struct Builder {
        var events: [LedgerEvent] = []

        mutating func add(_ data: any EventData, _ child: String, _ date: String) {
            let envelope = EventEnvelope(
                eventId: "E\(events.count)", childId: child, occurredOn: CivilDate(iso8601: date)!,
                recordedAt: Instant(iso8601: "\(date)T12:00:00Z")!, actor: Actor(recordedBy: "sw-x"))
            let position = UInt64(events.count)
            events.append(
                LedgerEvent(
                    position: position, chainHash: [UInt8](repeating: 1, count: 32),
                    ledgerTimestampNanoseconds: Int64(position), event: try! CaseEvent(envelope: envelope, data: data)))
        }
    }

    private static let assessed = AssessmentAuthorised(
        childInNeed: true, factors: [.noFactorsIdentified], nextStep: .noFurtherAction)

    /// C1: a first episode allocated to `north` and closed; a second referral allocated to `south` only 3 days
    /// later. C2: allocated to `south` before an s47 discussion, reallocated to `west` after it. C3: never
    /// allocated.
    private static func events() -> [LedgerEvent] {
        var ledger = Builder()
        ledger.add(ReferralReceived(source: .police), "C1", "2014-01-06")
        ledger.add(SocialWorkerAllocated(workerId: "sw-n", teamId: "north"), "C1", "2014-01-07")
        ledger.add(assessed, "C1", "2014-02-03")
        ledger.add(CaseClosed(reason: .servicesCeased), "C1", "2014-02-10")
        ledger.add(ReferralReceived(source: .schools), "C1", "2014-05-06")
        ledger.add(SocialWorkerAllocated(workerId: "sw-s", teamId: "south"), "C1", "2014-05-09")
        ledger.add(assessed, "C1", "2014-06-02")
        ledger.add(ReferralReceived(source: .police), "C2", "2014-05-01")
        ledger.add(SocialWorkerAllocated(workerId: "sw-t", teamId: "south"), "C2", "2014-05-02")
        ledger.add(StrategyDiscussionHeld(form: .meeting, initiatesSection47: true), "C2", "2014-05-12")
        ledger.add(SocialWorkerAllocated(workerId: "sw-w", teamId: "west"), "C2", "2014-05-20")
        ledger.add(ReferralReceived(source: .police), "C3", "2014-05-01")
        return ledger.events
    }

    private static func report(team: String? = nil) throws -> ComplianceReport {
        let parameters = ComplianceParameters(
            from: day("2014-01-01"), to: day("2014-07-31"), asOf: day("2014-07-31"), rulebookName: "wt2013",
            team: team, generatedAt: "2014-08-01T00:00:00Z")
        return try ComplianceReport.build(events: events(), rulebooks: .shipped, parameters: parameters)
    }

    private static func day(_ text: String) -> CivilDate { CivilDate(iso8601: text)! }

    private func team(of clockID: String, child: String, startingOn date: String) throws -> String {
        let rows = try Self.report().clocks.filter {
            $0.clock.clockID == clockID && $0.clock.childId == child && $0.clock.start.londonDate == Self.day(date)
        }
        return try #require(rows.first).team
    }

    @Test func aClosedCasesAllocationIsNotChargedWithTheNextReferralsClocks() throws {
        #expect(try team(of: "nat.assessment-45", child: "C1", startingOn: "2014-01-06") == "north")
        #expect(try team(of: "nat.assessment-45", child: "C1", startingOn: "2014-05-06") == "south")
    }

    @Test func aClockIsChargedToTheAllocationInForceAtItsStartNotALaterOne() throws {
        #expect(try team(of: "nat.icpc-15", child: "C2", startingOn: "2014-05-12") == "south")
    }

    @Test func aClockStartedBeforeTheEpisodeWasAllocatedIsChargedToItsFirstAllocation() throws {
        #expect(try team(of: "nat.referral-decision", child: "C2", startingOn: "2014-05-01") == "south")
        #expect(try team(of: "nat.assessment-45", child: "C3", startingOn: "2014-05-01") == "unallocated")
    }

    @Test func caseClosedEndsTheAllocationInTheCaseState() throws {
        let state = try ProjectionState.rebuild(from: Self.events())
        let history = try #require(state.children["C1"])
        let closed = CaseState.project(history, asOf: Self.day("2014-03-01"))
        #expect(closed.allocatedTeamId == nil && closed.allocatedWorkerId == nil)
        #expect(CaseState.project(history).allocatedTeamId == "south")
    }

    @Test func perTeamAndPerWorkerCountsAddUpToEachRulesCounts() throws {
        let report = try Self.report()
        #expect(report.teams.count >= 3)
        for rule in report.rules {
            let teams = report.teams.filter { $0.clockID == rule.clockID }.map(\.counts)
            let workers = report.workers.filter { $0.clockID == rule.clockID }.map(\.counts)
            for groups in [teams, workers] {
                #expect(groups.map(\.instances).reduce(0, +) == rule.counts.instances, "\(rule.clockID)")
                #expect(groups.map(\.met).reduce(0, +) == rule.counts.met, "\(rule.clockID)")
                #expect(groups.map(\.decided).reduce(0, +) == rule.counts.decided, "\(rule.clockID)")
            }
        }
    }

    @Test func teamFilteredReportsPartitionTheWholeReport() throws {
        let whole = try Self.report()
        let teams = Set(whole.clocks.map(\.team))
        let parts = try teams.map { try Self.report(team: $0).clocks.count }
        #expect(parts.reduce(0, +) == whole.clocks.count)
    }

    @Test func anUnpairedAuthorisationIsAFindingOfTheReport() throws {
        var ledger = Builder()
        ledger.add(ReferralReceived(source: .police), "C9", "2014-05-01")
        ledger.add(
            AssessmentAuthorised(
                childInNeed: false, factors: [.noFactorsIdentified], nextStep: .noFurtherAction,
                assessmentEventId: "E0"),
            "C9", "2014-05-20")
        let parameters = ComplianceParameters(
            from: Self.day("2014-04-01"), to: Self.day("2014-07-31"), asOf: Self.day("2014-07-31"),
            generatedAt: "2014-08-01T00:00:00Z")
        let report = try ComplianceReport.build(events: ledger.events, rulebooks: .shipped, parameters: parameters)
        #expect(report.unpairedStops.map(\.stop.eventId) == ["E1"])
        #expect(report.unpairedStops.first?.stop.reason == .linkedStartNotOpen)
        #expect(report.renderJSON().contains("\"unpaired_stops\""))
        #expect(report.renderTable().contains("Unpaired stops"))
    }
}
