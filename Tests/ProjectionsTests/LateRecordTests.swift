import CaseModel
import LedgerCalendar
import Projections
import Testing

@Suite struct LateRecordTests {
    /// Visit on Mon 13 May 2013; 5 WD later is Mon 20 May; 27 May is a bank holiday.
    @Test(arguments: [("2013-05-20", false), ("2013-05-21", true), ("2013-05-13", false), ("2013-05-28", true)])
    func visitRecordedAfterFiveWorkingDaysIsFlagged(recordedOn: String, isLate: Bool) throws {
        var ledger = TestLedger()
        ledger.append(
            StatutoryVisitMade(visitKind: .childInNeed, childSeen: true, childSeenAlone: true), on: "2013-05-13",
            recordedOn: recordedOn)
        let history = try #require(try ledger.state().children["C1"])
        let late = try RecordingStandard.oldham.lateRecords(in: history, calendar: .englandAndWales)
        #expect(late.isEmpty == !isLate)
        if let flag = late.first {
            #expect(flag.limitWorkingDays == 5 && flag.lagWorkingDays > 5 && flag.position == 0)
        }
    }

    @Test func typesWithoutAStandardAreNeverFlagged() throws {
        var ledger = TestLedger()
        ledger.append(ReferralReceived(source: .police), on: "2013-05-13", recordedOn: "2013-08-01")
        let history = try #require(try ledger.state().children["C1"])
        #expect(try RecordingStandard.oldham.lateRecords(in: history, calendar: .englandAndWales).isEmpty)
    }
}

@Suite struct RecordingLagTests {
    @Test func recordingLagsListOnTimeAndLateEventsOfStandardTypesOnly() throws {
        var ledger = TestLedger()
        let visit = StatutoryVisitMade(visitKind: .childInNeed, childSeen: true, childSeenAlone: false)
        ledger.append(visit, on: "2013-05-13", recordedOn: "2013-05-14")
        ledger.append(ReferralReceived(source: .police), on: "2013-05-13", recordedOn: "2013-08-01")
        ledger.append(visit, on: "2013-05-13", recordedOn: "2013-05-29")
        let history = try #require(try ledger.state().children["C1"])
        let lags = try RecordingStandard.oldham.recordingLags(in: history, calendar: .englandAndWales)
        #expect(lags.map(\.position) == [0, 2])
        #expect(lags.map(\.isLate) == [false, true])
        #expect(try RecordingStandard.oldham.lateRecords(in: history, calendar: .englandAndWales) == [lags[1]])
    }
}
