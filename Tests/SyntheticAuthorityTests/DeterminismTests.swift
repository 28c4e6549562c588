import Foundation
import LedgerCalendar
import SyntheticAuthority
import Testing

@Suite struct DeterminismTests {
    @Test(arguments: [UInt64(1), 42, 20_130_415])
    func sameSeedAndParametersGiveIdenticalBytes(seed: UInt64) throws {
        let parameters = Fixture.parameters(seed: seed, childCount: 60)
        let first = try Fixture.bytes(of: parameters)
        #expect(!first.isEmpty)
        #expect(try Fixture.bytes(of: parameters) == first, "seed \(seed)")
    }

    @Test func differentSeedsGiveDifferentBytes() throws {
        let a = try Fixture.bytes(of: Fixture.parameters(seed: 1, childCount: 60))
        let b = try Fixture.bytes(of: Fixture.parameters(seed: 2, childCount: 60))
        #expect(a != b)
    }

    @Test func householdsDependOnlyOnSeedAndIndexSoASmallerRunIsAPrefix() throws {
        var small: [[UInt8]] = []
        var large: [[UInt8]] = []
        try SyntheticAuthority(parameters: Fixture.parameters(childCount: 100)).generateLines { small.append($0) }
        try SyntheticAuthority(parameters: Fixture.parameters(childCount: 200)).generateLines { large.append($0) }
        // Every household but the last (which may have been cut short at 100 children) is identical. Every
        // event id starts with its household id (`H000045-E00012`), so the last line names the last household.
        let lastLine = String(decoding: try #require(small.last), as: UTF8.self)
        let idStart = try #require(lastLine.range(of: "\"eventId\":\"")).upperBound
        let lastHousehold = "\"eventId\":\"" + lastLine[idStart...].prefix { $0 != "-" } + "-"
        let prefix = small.prefix { !String(decoding: $0, as: UTF8.self).contains(lastHousehold) }
        #expect(prefix.count > 500)
        #expect(Array(large.prefix(prefix.count)) == Array(prefix))
    }

    @Test func summaryCountsEveryEmittedEventAndChild() {
        let sample = Fixture.sample
        #expect(sample.summary.eventCount == sample.lines.count)
        #expect(sample.summary.childCount == Fixture.childCount)
        #expect(sample.summary.eventCountsByType.values.reduce(0, +) == sample.lines.count)
        #expect(Set(sample.events.compactMap(\.envelope.childId)).count == Fixture.childCount)
        #expect(Set(sample.events.compactMap(\.envelope.householdId)).count == sample.summary.householdCount)
    }
}
