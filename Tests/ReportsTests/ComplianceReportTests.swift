import Foundation
import CaseModel
import LedgerCalendar
import Projections
import Reports
import Rulebooks
import Testing

/// A hand-built ledger of four ICPC clocks (WT2013, 15 WD) judged as of Mon 10 Jun 2013:
/// C1 met (15 WD), C2 breached by 2 WD (17 WD), C3 open overdue by 4 WD, C4 open in time.
@Suite struct ComplianceReportTests {
    static let events: [LedgerEvent] = {
        var events: [LedgerEvent] = []
        func add(_ data: any EventData, _ child: String, _ date: String) {
            let envelope = EventEnvelope(
                eventId: "E\(events.count)", childId: child, occurredOn: CivilDate(iso8601: date)!,
                occurredAt: Instant(iso8601: "\(date)T09:00:00Z"),
                recordedAt: Instant(iso8601: "\(date)T12:00:00Z")!, actor: Actor(recordedBy: "sw-x"))
            let position = UInt64(events.count)
            events.append(
                LedgerEvent(
                    position: position, chainHash: [UInt8](repeating: UInt8(position), count: 32),
                    ledgerTimestampNanoseconds: Int64(position), event: try! CaseEvent(envelope: envelope, data: data)))
        }
        let discussion = StrategyDiscussionHeld(form: .meeting, initiatesSection47: true, attendingAgencies: [])
        let icpc = IcpcHeld(preBirth: false, planRequired: false, category: nil, parentalFactors: ParentalFactors())
        for (child, team, worker) in [("C1", "north", "sw-a"), ("C2", "north", "sw-b"), ("C3", "south", "sw-c")] {
            add(SocialWorkerAllocated(workerId: worker, teamId: team), child, "2013-05-02")
            add(discussion, child, "2013-05-13")
        }
        add(discussion, "C4", "2013-06-03")
        add(icpc, "C1", "2013-06-04")
        add(icpc, "C2", "2013-06-06")
        return events
    }()

    static func parameters(team: String? = nil) -> ComplianceParameters {
        ComplianceParameters(
            from: CivilDate(iso8601: "2013-05-01")!, to: CivilDate(iso8601: "2013-06-30")!,
            asOf: CivilDate(iso8601: "2013-06-10")!, team: team, generatedAt: "2013-06-10T18:00:00Z")
    }

    static func report(team: String? = nil) throws -> ComplianceReport {
        try ComplianceReport.build(events: events, rulebooks: .shipped, parameters: parameters(team: team))
    }

    @Test func ruleFiguresCountEveryStatusAndTheDecidedDenominator() throws {
        let report = try Self.report()
        #expect(report.rules.map(\.clockID) == ["nat.icpc-15"])
        let icpc = try #require(report.rules.first)
        #expect(icpc.counts.instances == 4 && icpc.counts.met == 1 && icpc.counts.breached == 1)
        #expect(icpc.counts.openOverdue == 1 && icpc.counts.openInTime == 1 && icpc.counts.indeterminate == 0)
        #expect(icpc.counts.inTimeText == "33.3")
        #expect(icpc.medianDuration == 15 && icpc.percentile90Duration == 17 && icpc.durationUnit == .workingDays)
    }

    @Test func teamAndWorkerBreakdownsUseTheAllocationAtTheClockStart() throws {
        let report = try Self.report()
        #expect(report.teams.map(\.group) == ["north", "south", "unallocated"])
        #expect(report.teams.map(\.counts.inTimeText) == ["50.0", "0.0", "n/a"])
        #expect(report.workers.map(\.group) == ["sw-a", "sw-b", "sw-c", "unallocated"])
    }

    @Test func breachDrillDownNamesTheLedgerPositions() throws {
        let breaches = try Self.report().breaches
        #expect(breaches.map(\.clock.childId) == ["C2", "C3"])
        #expect(breaches[0].clock.startPosition == 3 && breaches[0].clock.stopPosition == 8)
        #expect(breaches[0].clock.due == .date(CivilDate(iso8601: "2013-06-04")!))
        #expect(breaches[1].clock.stopPosition == nil)
    }

    @Test func teamFilterCountsOnlyThatTeamsClocks() throws {
        let report = try Self.report(team: "north")
        #expect(report.rules.first?.counts.instances == 2)
        #expect(report.breaches.map(\.clock.childId) == ["C2"])
    }

    @Test(arguments: ["table", "csv", "json", "html"])
    func everyFormatIsByteReproducibleAndCarriesProvenance(format: String) throws {
        func render(_ report: ComplianceReport) -> String {
            switch format {
            case "table": report.renderTable()
            case "csv": report.renderCSV()
            case "json": report.renderJSON()
            default: report.renderHTML()
            }
        }
        let first = render(try Self.report())
        let second = render(try Self.report())
        #expect(Array(first.utf8) == Array(second.utf8))
        for expected in ["0808080808", "wt2013", "1.1.0", "ew-", "2013-06-10T18:00:00Z", "dayCount=elapsed"] {
            #expect(first.contains(expected), "missing \(expected)")
        }
    }

    @Test func htmlIsSelfContained() throws {
        let html = try Self.report().renderHTML()
        #expect(html.contains("<svg") && html.contains("@media print") && html.contains("<th scope=\"col\">"))
        #expect(!html.contains("<link") && !html.contains("<script") && !html.contains("src="))
    }

    @Test func printLeavesOutTheFullClockAndLateRecordListsAndSaysSo() throws {
        let html = try Self.report().renderHTML()
        let print = try #require(html.range(of: "@media print").map { html[$0.lowerBound...] })
        #expect(print.contains("#clocks .scroll,#late-records .scroll{display:none}"))
        #expect(print.contains("The full list is left out of print"))
        #expect(html.contains("<section id=\"clocks\"") && html.contains("<section id=\"late-records\""))
    }
}
