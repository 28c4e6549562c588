import CaseImport
import Testing

@Test func reimportingTheSameFileAppendsNothing() throws {
    let ledger = try TemporaryLedger()
    let lines = Sample.journey(child: "C-1", prefix: "a") + Sample.journey(child: "C-2", prefix: "b")
    let first = try ledger.importLines(lines)
    let before = ledger.fingerprint

    let second = try ledger.importLines(lines)

    #expect(first.eventsAppended == 12)
    #expect(second.eventsAppended == 0)
    #expect(second.alreadyPresent == 12)
    #expect(second.groupsCommitted == 0)
    #expect(ledger.fingerprint == before)
    #expect(second.description.contains("0 appended, 12 already present"))
}

@Test func overlappingImportAppendsOnlyTheNewEvents() throws {
    let ledger = try TemporaryLedger()
    let journey = Sample.journey(child: "C-1", prefix: "a")
    try ledger.importLines(Array(journey.prefix(3)))

    let summary = try ledger.importLines(journey)

    #expect(summary.alreadyPresent == 3)
    #expect(summary.eventsAppended == 3)
    #expect(summary.findings == [])
    #expect(try ledger.payloads(of: "child-C-1").count == 6)
}

@Test func sameEventIdInAnotherChildIsAConflict() throws {
    let ledger = try TemporaryLedger()
    let error = refusal { () throws(ImportError) in
        try ledger.importLines([Sample.referral("E-1", child: "C-1"), Sample.referral("E-1", child: "C-2")])
    }
    #expect(error?.findings.first { $0.isError }?.reason == "duplicateEventId")
    #expect(ledger.fingerprint.0 == 0)
}

@Test func summaryCountsAppendedEventsByType() throws {
    let ledger = try TemporaryLedger()
    let summary = try ledger.importLines(
        Sample.journey(child: "C-1", prefix: "a") + [Sample.referral("x", child: "C-9")])
    #expect(summary.appendedByType["ReferralReceived"] == 2)
    #expect(summary.appendedByType["CpPlanEnded"] == 1)
    #expect(summary.files == 1)
    #expect(summary.lines == 7)
}

@Test func groupsAreBoundedByTheEventCountLimit() throws {
    let ledger = try TemporaryLedger()
    let lines = (0..<10).flatMap { Sample.journey(child: "C-\($0)", prefix: "p\($0)") }
    let summary = try ledger.importLines(lines, options: ImportOptions(groupEventCountMax: 16))
    #expect(summary.eventsAppended == 60)
    #expect(summary.groupsCommitted == 4)  // 16 + 16 + 16 + 12
    for child in 0..<10 {
        let types = try ledger.store.readStream("child-C-\(child)").map(\.type)
        #expect(
            types == [
                "ReferralReceived", "StrategyDiscussionHeld", "Section47Started", "IcpcHeld", "CpPlanStarted",
                "CpPlanEnded",
            ])
    }
}
