import Foundation
import Testing

@Test func demoBuildsVerifiesAndReportsASmallAuthorityThenReimportsNothing() throws {
    let process = try CLIProcess()
    let arguments = ["demo", "--dir", process.path("demo"), "--children", "60", "--seed", "7"]
    let first = try process.run(arguments)
    #expect(first.exitStatus == 0)
    #expect(first.output.contains("3. Verified"))
    #expect(first.output.contains("every CRC, payload hash and chain link intact"))
    #expect(first.output.contains("Annual figures"))
    #expect(first.output.contains("Timescale compliance"))
    #expect(first.output.contains("nat.icpc-15") || first.output.contains("nat.referral-decision"))
    // The generated LSCB's plans (reviews and the business plan) show at least one overdue action line.
    #expect(first.output.contains("Overdue actions of the LSCB's plans as of 2016-03-31"))
    #expect(first.output.contains("(caseledger actions overdue --review R0001 --as-of 2016-03-31)"))
    #expect(
        first.output.split(separator: "\n").contains {
            $0.hasPrefix("    ") && $0.contains("  lead ") && $0.contains(" due ")
        })
    #expect(!first.output.contains("0 appended"))

    let second = try process.run(arguments)
    #expect(second.exitStatus == 0)
    #expect(second.output.contains(": 0 appended, "))
    let firstHead = first.output.split(separator: "\n").first { $0.contains("chain head") }
    let secondHead = second.output.split(separator: "\n").first { $0.contains("chain head") }
    #expect(firstHead != nil && firstHead == secondHead)
}

@Test func demoRefusesAnImpossibleDate() throws {
    let result = try CLIProcess().run(["demo", "--from", "2013-02-30"])
    #expect(result.exitStatus == 64)
    #expect(result.errorOutput.hasPrefix("caseledger demo: error: "))
}
