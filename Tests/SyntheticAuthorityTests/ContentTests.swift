import CaseModel
import LedgerCalendar
import SyntheticAuthority
import Testing

/// Every generated line is an importable event, recorded no earlier than it happened, with synthetic ids only.
@Suite struct ContentTests {
    let sample = Fixture.sample

    /// Decoding is the slow part in debug builds, so this decodes every line of a smaller run.
    @Test func everyLineDecodesToTheGeneratedEventWithTheSameCanonicalBytes() throws {
        var lineCount = 0
        try SyntheticAuthority(parameters: Fixture.parameters(childCount: 300)).generate { event in
            var line = event.canonicalBytes
            line.append(UInt8(ascii: "\n"))
            let decoded = try CaseEvent.decode(jsonBytes: Array(line.dropLast()))
            #expect(decoded == event, "event \(event.eventId)")
            #expect(decoded.canonicalBytes == event.canonicalBytes, "event \(event.eventId)")
            lineCount += 1
        }
        #expect(lineCount > 6_000)
    }

    @Test func generatedLinesAreTheCanonicalBytesEachEndedByANewline() throws {
        var lines: [[UInt8]] = []
        let parameters = Fixture.parameters(childCount: 60)
        try SyntheticAuthority(parameters: parameters).generateLines { lines.append($0) }
        var index = 0
        try SyntheticAuthority(parameters: parameters).generate { event in
            #expect(lines[index] == event.canonicalBytes + [UInt8(ascii: "\n")], "event \(event.eventId)")
            index += 1
        }
        #expect(index == lines.count)
    }

    @Test func everyEventPassesSingleEventValidationWithoutErrorsOrWarnings() {
        for event in sample.events {
            #expect(event.validate().isEmpty, "event \(event.eventId) (\(event.typeName)): \(event.validate())")
        }
    }

    @Test func recordedAtIsNeverBeforeTheEventAndSomeEntriesAreWeeksLate() {
        var lateCount = 0
        for event in sample.events {
            let envelope = event.envelope
            #expect(envelope.recordedAt.londonDate >= envelope.occurredOn, "event \(event.eventId)")
            if let occurredAt = envelope.occurredAt {
                #expect(envelope.recordedAt >= occurredAt, "event \(event.eventId)")
            }
            if envelope.occurredOn.days(until: envelope.recordedAt.londonDate) > 14 { lateCount += 1 }
        }
        let lateShare = share(lateCount, of: sample.events.count)
        #expect(lateShare > 0.02 && lateShare < 0.1, "seed \(Fixture.seed): \(lateShare)")
    }

    @Test func eventIDsAreUniqueAndCarryTheirHouseholdID() {
        #expect(Set(sample.events.map(\.eventId)).count == sample.events.count)
        for event in sample.events {
            let parts = event.eventId.split(separator: "-")
            // The LSCB's events carry their review's or board's id (R0001, B0001) instead of a household's.
            let subject = event.envelope.reviewId ?? event.envelope.boardId
            #expect(
                parts.count == 2
                    && (subject.map { parts[0] == $0 } ?? isSynthetic(parts[0], prefix: "H", digits: 6)),
                "event \(event.eventId)")
            #expect(
                isSynthetic(parts[1], prefix: "E", digits: 5) || isSynthetic(parts[1], prefix: "C", digits: 6),
                "event \(event.eventId)")
        }
    }

    @Test func referencesPointToEarlierLinesOfTheSameStream() {
        var seen: [String: String] = [:]  // eventId → streamID
        for event in sample.events {
            let target: String? =
                switch event.data {
                case let link as Section47Started: link.strategyDiscussionEventId
                case let correction as EventCorrected: correction.correctedEventId
                case let retraction as EventRetracted: retraction.retractedEventId
                default: nil
                }
            if let target { #expect(seen[target] == event.streamID, "event \(event.eventId) refers to \(target)") }
            seen[event.eventId] = event.streamID
        }
        #expect(sample.summary.eventCount(ofType: EventCorrected.typeName) > 0)
        #expect(sample.summary.eventCount(ofType: EventRetracted.typeName) > 0)
    }

    @Test func idsAndTextHoldNoPersonalDataPatterns() {
        for (line, event) in zip(sample.lines, sample.events) {
            let envelope = event.envelope
            if let child = envelope.childId { #expect(isSynthetic(child[...], prefix: "C", digits: 6)) }
            for worker in [envelope.actor.recordedBy, envelope.actor.decidedBy].compactMap({ $0 }) {
                #expect(isSynthetic(worker[...], prefix: "W", digits: 4), "event \(event.eventId)")
            }
            #expect(!line.contains(UInt8(ascii: "@")), "no email addresses: \(event.eventId)")
            #expect(longestDigitRun(line) < 9, "no phone or NHS numbers: \(event.eventId)")
            for text in freeText(of: event) {
                #expect(!text.utf8.contains { (48...57).contains($0) }, "free text holds no numbers: \(event.eventId)")
            }
        }
    }

    @Test func theWindowSpansBothAssessmentEras() {
        let switchover = CivilDate(year: 2013, month: 4, day: 15)!
        let legacy = sample.all(InitialAssessmentStarted.self)
        let single = sample.all(AssessmentStarted.self)
        #expect(!legacy.isEmpty && !single.isEmpty)
        #expect(sample.all(CoreAssessmentCompleted.self).contains { $0.data.factors.contains { $0.isLegacy } })
        for referral in sample.all(ReferralReceived.self) {
            let children = sample.eventsByChild[referral.envelope.childId!]!
            let episode = children.filter { $0.envelope.caseId == referral.envelope.caseId }
            let usesLegacy = episode.contains { $0.data is InitialAssessmentStarted }
            let usesSingle = episode.contains { $0.data(as: AssessmentStarted.self)?.legalBasis == .section17 }
            if usesLegacy { #expect(referral.envelope.occurredOn < switchover, "case \(referral.envelope.caseId!)") }
            if usesSingle { #expect(referral.envelope.occurredOn >= switchover, "case \(referral.envelope.caseId!)") }
        }
    }

    @Test(arguments: [
        "ContactReceived", "PoliceProtectionStarted", "MissingEpisodeStarted", "ReturnInterviewHeld",
        "AllegationReceived", "LadoNotified", "BecameLookedAfter", "CeasedLookedAfter", "CinMeetingHeld",
        "CoreGroupMeetingHeld", "RcpcHeld", "CpCategoryChanged", "StatutoryVisitMade", "CaseClosed",
        "HouseholdMembershipChanged", "ChildRegistered", "AssessmentInternalReview",
    ])
    func theSampleContainsEveryKindOfJourneyEvent(typeName: String) {
        #expect(sample.summary.eventCount(ofType: typeName) > 0, "seed \(Fixture.seed)")
    }

    /// `prefix` followed by exactly `digits` decimal digits.
    private func isSynthetic(_ id: Substring, prefix: Character, digits: Int) -> Bool {
        id.first == prefix && id.count == digits + 1 && id.dropFirst().allSatisfy(\.isASCII)
            && id.dropFirst().allSatisfy(\.isNumber)
    }

    private func longestDigitRun(_ bytes: [UInt8]) -> Int {
        var longest = 0
        var run = 0
        for byte in bytes {
            run = (48...57).contains(byte) ? run + 1 : 0
            longest = max(longest, run)
        }
        return longest
    }

    /// The free-text fields: rationale and correction or retraction reasons.
    private func freeText(of event: CaseEvent) -> [String] {
        var texts = [event.envelope.rationale].compactMap { $0 }
        if let correction = event.data(as: EventCorrected.self) { texts.append(correction.reason) }
        if let retraction = event.data(as: EventRetracted.self) { texts.append(retraction.reason) }
        return texts
    }
}
