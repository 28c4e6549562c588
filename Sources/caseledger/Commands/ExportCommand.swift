import CommandLineSupport
import LedgerCalendar
import Projections
import Reports

/// `caseledger export cin-census`: the DfE Children in Need census XML of a collection year
/// (docs/cin-census.md).
enum ExportCommand {
    /// The command declaration.
    static let command = Command(
        name: "export", summary: "Statutory returns built from the ledger (the DfE CIN census).",
        subcommands: [cinCensus])

    private static let year = OptionSpecification.value(
        "year", valueName: "YYYY-YY", help: "The collection year (1 April – 31 March), e.g. 2014-15.",
        isRequired: true)
    private static let localAuthority = OptionSpecification.value(
        "la", valueName: "NNN", help: "The three-digit DfE LA number (header LEA).", isRequired: true)
    private static let skipInvalid = OptionSpecification.flag(
        "skip-invalid", help: "Write the valid children when some cannot be expressed validly (exit 1).")

    private static let cinCensus = Command(
        name: "cin-census", summary: "Write the CIN census XML of a collection year, validated first.",
        discussion: """
            Every child with a referral episode open at any point in the year, as known at 31 March: identifiers, \
            characteristics, assessments, CIN plans, s47 enquiries, CP plans and closures, in the schema's \
            element order. Each child is validated first; a child that cannot be expressed validly is reported \
            with the reasons and nothing is written (exit 65), unless --skip-invalid writes the others (exit 1).
            """,
        options: [
            LedgerAccess.ledgerOption, ProjectionLoader.checkpointOption, year, localAuthority, skipInvalid,
            ReportLedger.output, ReportLedger.generatedAt,
        ],
        handler: run)

    private static func run(_ invocation: CommandInvocation) throws -> ExitCode {
        let arguments = invocation.arguments
        let collectionYear = try arguments.value(year.name, expected: "a financial year such as 2014-15") {
            FinancialYear(argument: $0)
        }!
        let authority = try arguments.value(localAuthority.name, expected: "three digits, e.g. 358") { text in
            text.utf8.count == 3 && text.utf8.allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
                ? text : nil
        }!
        let (state, generatedAt) = try ReportLedger.load(invocation)
        let export = try CensusExport.build(
            state: state, year: collectionYear, localAuthority: authority,
            skipInvalid: arguments.flag(skipInvalid.name), generatedAt: generatedAt)
        try ReportLedger.write(export.document, invocation)
        for child in export.invalidChildren {
            for reason in child.reasons { invocation.errorOutput.write("skipped child \(child.childId): \(reason)\n") }
        }
        invocation.errorOutput.write(
            "CIN census \(collectionYear.label): \(export.children.count) child(ren) written, "
                + "\(export.invalidChildren.count) skipped\n")
        if export.awaitingDecisionCount > 0 {
            invocation.errorOutput.write(
                "CIN census \(collectionYear.label): \(export.awaitingDecisionCount) referral(s) awaiting a decision at "
                    + "31 March written with PrimaryNeedCode N0 (not stated)\n")
        }
        let undecodable = SkippedRecordText.warn(
            about: state.skippedRecords, command: "export cin-census", to: invocation.errorOutput)
        return export.invalidChildren.isEmpty && undecodable == .success ? .success : .findings
    }
}
