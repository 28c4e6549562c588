import CaseImport
import Testing

@Test func summaryDescriptionGroupsThousands() {
    var summary = ImportSummary()
    summary.files = 2
    summary.lines = 1_234_567
    summary.alreadyPresent = 12_345
    summary.eventsAppended = 999
    #expect(
        summary.description
            == "2 files, 1,234,567 lines: 999 appended, 12,345 already present, 0 duplicates, 0 rejected, "
            + "0 warnings, 0 errors")
}

@Test func findingDescriptionNamesFileLineFieldValueAndReason() {
    let finding = ImportFinding(
        severity: .error, stage: .schema, file: "a.csv", line: 12, field: "data.factors[1]", value: "99Z",
        reason: "unknownCode")
    #expect(finding.description == #"error a.csv:12 data.factors[1] "99Z": unknownCode"#)
}

@Test(arguments: ["Mother said", "a,b", "x\ny", "é"])
func findingWithholdsValuesThatAreNotCodes(value: String) {
    let finding = ImportFinding(
        severity: .error, stage: .schema, file: "f", line: 1, value: value, reason: "unknownCode")
    #expect(finding.value == nil)
}
