import CaseModel
import Foundation
import TestSupport
import Testing

@testable import Rulebooks

@Test(arguments: ["wt2010", "wt2013", "oldham", "statute"])
func embeddedRulebookTextIsByteIdenticalToItsDataFile(name: String) throws {
    let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    let file = packageRoot.appendingPathComponent("Sources/Rulebooks/Data/\(name).json")
    let fileBytes = try #require(FileManager.default.contents(atPath: file.path))
    let embedded = [
        "wt2010": ShippedRulebookText.wt2010, "wt2013": ShippedRulebookText.wt2013,
        "oldham": ShippedRulebookText.oldham, "statute": ShippedRulebookText.statute,
    ]
    #expect(Array(fileBytes) == Array(try #require(embedded[name]).utf8))
}

@Test func shippedSetHoldsTwoNationalBooksOldhamAndTheStatuteBook() {
    let books = RulebookSet.shipped.books
    #expect(books.map(\.name) == ["wt2010", "wt2013", "oldham", "statute"])
    #expect(books.map(\.kind) == [.national, .national, .local, .national])
    #expect(books[3].inForce == InForceRange(from: nil, to: nil))
    #expect(books[2].authority == "Oldham")
    #expect(books[1].inForce.from == day("2013-04-15"))
    #expect(books[0].inForce.to == day("2013-04-14"))
}

@Test func everyShippedRuleCitesASourceAndHasATitle() {
    for book in RulebookSet.shipped.books {
        for rule in book.rules {
            #expect(!rule.source.isEmpty, "rule \(rule.id)")
            #expect(book.inForce.encloses(rule.inForce), "rule \(rule.id)")
        }
    }
}

@Test func contentHashIsLowercaseHexSHA256OfCanonicalJSONAndIgnoresLayout() throws {
    let book = try Rulebook.parse(text: ShippedRulebookText.wt2013)
    #expect(book.contentHash.count == 64)
    #expect(book.contentHash.allSatisfy { "0123456789abcdef".contains($0) } == true)
    let compact = ShippedRulebookText.wt2013.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        .joined()
    let reloaded = try Rulebook.parse(text: compact)
    #expect(reloaded.contentHash == book.contentHash)
}

@Test func changingOneLimitChangesTheContentHash() throws {
    let edited = ShippedRulebookText.wt2013.replacingOccurrences(
        of: #""amount": 45,"#, with: #""amount": 46,"#)
    let original = try Rulebook.parse(text: ShippedRulebookText.wt2013)
    let changed = try Rulebook.parse(text: edited)
    #expect(original.contentHash != changed.contentHash)
}

@Test func wt2013ShipsEveryNationalRuleWithANumber() {
    let ids = Set(RulebookSet.shipped.books[1].rules.map(\.id))
    let expected: Set<String> = [
        "nat.referral-decision", "nat.referral-ack", "nat.assessment-45", "dfe.assessment-45", "nat.icpc-15",
        "nat.core-group-first", "nat.rcpc-first", "nat.transfer-in-conf", "nat.lado-1wd",
        "lscb.scr-decision", "lscb.scr-complete", "cdr.registrar", "cdr.coroner", "cdr.coroner-report",
    ]
    #expect(ids == expected)
}

/// A statutory limit applies in every guidance era: police protection before and after 15 Apr 2013.
@Test(arguments: ["2010-06-01", "2013-04-14", "2013-04-15", "2025-01-01"])
func policeProtectionIsSelectedInEveryEra(date: String) throws {
    let selected = try #require(RulebookSet.shipped.rule(family: "police-protection", clockStart: day(date)))
    #expect(selected.rule.id == "nat.police-protection" && selected.rulebookName == "statute")
    let local = RulebookSet.shipped.rule(family: "police-protection", clockStart: day(date), authority: "Oldham")
    #expect(local?.rule.id == "nat.police-protection")
}
