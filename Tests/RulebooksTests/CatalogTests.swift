import TestSupport
import Testing

@testable import Rulebooks

@Test func listNamesEveryBookAndRule() {
    let text = RulebookCatalog.listText(.shipped)
    for book in RulebookSet.shipped.books {
        #expect(text.contains("\(book.name) \(book.version)"))
        for rule in book.rules { #expect(text.contains(rule.id)) }
    }
    #expect(
        text.contains(
            "wt10.initial-assessment  initial-assessment  setting wt2010.initialAssessmentLimit (default 7 WD)"))
}

@Test func showTextDescribesTheRuleForPeople() throws {
    let selected = try #require(RulebookSet.shipped.rule(family: "rcpc", clockStart: day("2014-01-01")))
    let text = RulebookCatalog.showText(selected)
    #expect(text.hasPrefix("nat.rcpc-first: First review conference"))
    #expect(text.contains("starts: IcpcHeld where planRequired = true (anchor first)"))
    #expect(text.contains("limit: 3 months"))
    #expect(text.contains("recurs as nat.rcpc-next: 6 months, from the previous stop, until CpPlanEnded"))
    #expect(text.contains("source: 001: WT2013 ch.1 'The CP plan'; 'CP review conference'; 003 KPS5"))
}

@Test func showJSONReproducesTheRuleObject() throws {
    let rule = shippedRule("nat.lado-1wd")
    let reparsed = try Rulebook.parse(
        text: bookText(rules: RulebookCatalog.showJSON(rule)))
    #expect(reparsed.rules.first?.json == rule.json)
}

@Test func checkSummarisesAValidBook() throws {
    let text = try RulebookCatalog.checkText(Array(ShippedRulebookText.oldham.utf8))
    #expect(text.hasPrefix("ok: oldham 1.2.0, 19 rules, 4 settings, sha256 "))
}

@Test func checkRefusesAMalformedBook() {
    #expect(throws: RulebookError(.syntax, path: "", reason: "")) { _ = try RulebookCatalog.checkText(Array("{".utf8)) }
}

@Test func ruleLookupByIDFindsItsBookOrNothing() {
    #expect(RulebookSet.shipped.rules(withID: "old.iha-request").map(\.rulebookName) == ["oldham"])
    #expect(RulebookSet.shipped.rules(withID: "nat.nope").isEmpty)
}
