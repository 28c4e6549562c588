import CaseModel
import LedgerCalendar
import Projections
import Reports
import Testing

/// The late-recording section and the drill-downs that tie every figure to ledger positions, on the
/// hand-built ledger of `ComplianceReportTests` plus three visits: C1's recorded on time, C1's recorded
/// 13 WD late, and C3's before the period.
@Suite struct DrillDownTests {
    static let events: [LedgerEvent] = {
        var events = ComplianceReportTests.events
        func visit(_ child: String, _ date: String, recordedOn: String) {
            let envelope = EventEnvelope(
                eventId: "V\(events.count)", childId: child, occurredOn: CivilDate(iso8601: date)!,
                recordedAt: Instant(iso8601: "\(recordedOn)T12:00:00Z")!, actor: Actor(recordedBy: "sw-x"))
            let data = StatutoryVisitMade(visitKind: .childInNeed, childSeen: true, childSeenAlone: true)
            let position = UInt64(events.count)
            events.append(
                LedgerEvent(
                    position: position, chainHash: [UInt8](repeating: UInt8(position), count: 32),
                    ledgerTimestampNanoseconds: Int64(position), event: try! CaseEvent(envelope: envelope, data: data)))
        }
        visit("C1", "2013-05-20", recordedOn: "2013-05-21")
        visit("C1", "2013-05-20", recordedOn: "2013-06-07")
        visit("C3", "2013-04-02", recordedOn: "2013-06-07")
        return events
    }()

    static func report(team: String? = nil) throws -> ComplianceReport {
        try ComplianceReport.build(
            events: events, rulebooks: .shipped, parameters: ComplianceReportTests.parameters(team: team))
    }

    @Test func lateRecordingCountsJudgedAndLateEventsPerTypeInThePeriod() throws {
        let report = try Self.report()
        let visits = try #require(report.recording.first { $0.typeName == "StatutoryVisitMade" })
        #expect(visits.recordedCount == 2 && visits.lateCount == 1 && visits.limitWorkingDays == 5)
        #expect(visits.lateText == "50.0" && visits.lagWorkingDaysMax == 13)
        let discussions = try #require(report.recording.first { $0.typeName == "StrategyDiscussionHeld" })
        #expect(discussions.recordedCount == 4 && discussions.lateCount == 0 && discussions.lateText == "0.0")
    }

    @Test func lateRecordsNameTheirLedgerPositionAndTeam() throws {
        let late = try Self.report().lateRecords
        #expect(late.map(\.record.position) == [10])
        #expect(late.first?.team == "north" && late.first?.worker == "sw-a")
    }

    @Test func teamFilterAppliesToLateRecording() throws {
        let report = try Self.report(team: "south")
        #expect(report.lateRecords.isEmpty)
        #expect(report.recording.map(\.typeName) == ["StrategyDiscussionHeld"])
    }

    @Test func clockDrillDownHoldsExactlyTheInstancesCountedPerRule() throws {
        let report = try Self.report()
        for rule in report.rules {
            let clocks = report.clocks.filter { $0.clock.clockID == rule.clockID && $0.clock.rulebook == rule.rulebook }
            #expect(clocks.count == rule.counts.instances, "\(rule.clockID)")
        }
        #expect(report.clocks.map(\.clock.startPosition) == [1, 3, 5, 6])
    }

    @Test func htmlLinksEveryClockIdToAnAnchorThatExists() throws {
        let html = try Self.report().renderHTML()
        #expect(html.contains("href=\"#clock-nat.icpc-15\"") && html.contains("id=\"clock-nat.icpc-15\""))
        #expect(html.contains("id=\"late-records\"") && html.contains("instances in period"))
    }

    @Test(arguments: ["table", "csv", "json"])
    func everyFormatCarriesTheLateRecordingSectionAndStandard(format: String) throws {
        let report = try Self.report()
        let text =
            switch format {
            case "table": report.renderTable()
            case "csv": report.renderCSV()
            default: report.renderJSON()
            }
        for expected in ["oldham.recording", "StatutoryVisitMade", "instances in period", "2013-06-07"] {
            #expect(text.contains(expected), "missing \(expected)")
        }
    }
}
