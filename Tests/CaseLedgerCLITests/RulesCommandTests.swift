import Foundation
import Testing

@Test func rulesListNamesEveryShippedRulebookWithItsContentHash() throws {
    let result = try CLIProcess().run(["rules", "list"])
    #expect(result.exitStatus == 0)
    for book in ["wt2010", "wt2013", "oldham", "statute"] {
        #expect(result.output.contains("\n\(book) ") || result.output.hasPrefix("\(book) "))
    }
    #expect(result.output.contains("sha256 "))
}

@Test func rulesShowPrintsTheLimitAndSourceOfOneRule() throws {
    let result = try CLIProcess().run(["rules", "show", "nat.icpc-15"])
    #expect(result.exitStatus == 0)
    #expect(result.output.contains("limit: 15 WD"))
    #expect(result.output.contains("source: 001: WT2013"))
}

@Test func rulesShowOfAnUnknownRuleIsNotFound() throws {
    let result = try CLIProcess().run(["rules", "show", "nat.no-such-rule"])
    #expect(result.exitStatus == 66)
    #expect(result.errorOutput.contains("no shipped rule has id 'nat.no-such-rule'"))
}

@Test func rulesCheckRefusesAMalformedRulebookNamingThePathAndReason() throws {
    let process = try CLIProcess()
    let path = process.path("bad.json")
    try Data(#"{"format":"caseledger-rulebook","name":"x"}"#.utf8).write(to: URL(fileURLWithPath: path))
    let result = try process.run(["rules", "check", path])
    #expect(result.exitStatus == 65)
    #expect(result.errorOutput.hasPrefix("caseledger rules check: error: \(path): "))
    #expect(result.output.isEmpty)
}

@Test func rulesCheckRefusesAFieldTheEventDoesNotCarry() throws {
    let process = try CLIProcess()
    let path = process.path("misspelt.json")
    let book = #"""
        {"format": "caseledger.rulebook/1", "name": "local", "title": "A user book", "kind": "national",
         "edition": "U1", "version": "1", "inForce": {"from": null, "to": null}, "settings": [],
         "rules": [{"id": "u.registrar", "family": "u-registrar", "title": "Registrar", "scope": "child",
           "start": {"events": [{"type": "RegistrarInformationReceived", "timeField": "registrationDate"}]},
           "stop": {"events": [{"type": "RegistrarInformationReceived"}], "match": {"kind": "sameEvent"}},
           "limit": {"amount": 7, "unit": "calendarDays"}, "source": "user"}]}
        """#
    try Data(book.utf8).write(to: URL(fileURLWithPath: path))
    let result = try process.run(["rules", "check", path])
    #expect(result.exitStatus == 65)
    #expect(result.errorOutput.contains("unknownField at rules[0].start.events[0].timeField"))
    #expect(result.errorOutput.contains("rule u.registrar, field registrationDate"))
    #expect(result.output.isEmpty)
}
