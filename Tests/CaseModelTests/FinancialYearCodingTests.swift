import CaseModel
import LedgerCalendar
import Testing

/// `FinancialYear` in event JSON is its label, `2013/14`.
struct FinancialYearCodingTests {
    func businessPlanJSON(financialYear: String) -> [UInt8] {
        let event = SampleEvents.event(
            BusinessPlanPublished(planId: "bp-2013", financialYear: FinancialYear(startingIn: 2013), status: .final))
        let text = String(decoding: event.canonicalBytes, as: UTF8.self)
        return Array(text.replacing(#""financialYear":"2013/14""#, with: #""financialYear":"\#(financialYear)""#).utf8)
    }

    @Test(arguments: [("2013/14", 2013), ("1999/00", 1999), ("2199/00", 2199)])
    func labelParsesToItsStartYear(label: String, startYear: Int) {
        #expect(FinancialYear(label: label)?.startYear == startYear)
    }

    @Test(arguments: ["2013/15", "2013-14", "13/14", "2013/1x", "2013/014", "1899/00", "+013/14", ""])
    func malformedLabelIsAnInvalidDate(label: String) {
        #expect(FinancialYear(label: label) == nil)
        let expected = CaseEventError(
            kind: .invalidDate, path: "data.financialYear", value: label, typeName: "BusinessPlanPublished")
        #expect(throws: expected) { try CaseEvent.decode(jsonBytes: businessPlanJSON(financialYear: label)) }
    }

    @Test func labelRoundTripsThroughAnEvent() throws {
        let decoded = try CaseEvent.decode(jsonBytes: businessPlanJSON(financialYear: "2013/14"))
        #expect(decoded.data(as: BusinessPlanPublished.self)?.financialYear == FinancialYear(startingIn: 2013))
    }
}
