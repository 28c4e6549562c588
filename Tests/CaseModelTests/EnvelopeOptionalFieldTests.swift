import CaseModel
import LedgerCalendar
import Testing

/// The optional envelope fields of DOMAIN.md §3.1 added in catalogue 1.1: encoding and single-event rules.
struct EnvelopeOptionalFieldTests {
    let closed = CaseClosed(reason: .servicesCeased)

    func fullyPopulated() throws -> CaseEvent {
        var envelope = SampleEvents.envelope(for: closed)
        envelope.actor.authorisedBy = "tm-3"
        envelope.actor.authorisedAt = SampleEvents.instant("2013-05-13T16:00:00Z")
        envelope.subjects = ["C-0002", "C-0003"]
        envelope.disclosure = Disclosure(
            withheldFrom: [.family], reason: "live police investigation", authorisedBy: "dci-1")
        envelope.precision = .instant
        return try CaseEvent(envelope: envelope, data: closed)
    }

    @Test func populatedOptionalFieldsRoundTripThroughCanonicalBytes() throws {
        let event = try fullyPopulated()
        let decoded = try CaseEvent.decode(jsonBytes: event.canonicalBytes)
        #expect(decoded == event)
        #expect(decoded.validate() == [])
        let text = String(decoding: event.canonicalBytes, as: UTF8.self)
        #expect(text.contains(#""subjects":["C-0002","C-0003"]"#))
        #expect(text.contains(#""disclosure":{"authorisedBy":"dci-1","reason":"live police investigation","#))
        #expect(text.contains(#""authorisedAt":"2013-05-13T16:00:00Z","authorisedBy":"tm-3""#))
        #expect(text.contains(#""precision":"instant""#))
    }

    @Test func absentOptionalFieldsAreOmittedFromTheBytes() {
        let text = String(decoding: SampleEvents.event(closed).canonicalBytes, as: UTF8.self)
        for key in ["subjects", "disclosure", "precision", "authorisedBy", "authorisedAt"] {
            #expect(!text.contains("\"\(key)\""))
        }
    }

    @Test func unknownDisclosureAudienceIsAnUnknownCode() throws {
        var text = String(decoding: try fullyPopulated().canonicalBytes, as: UTF8.self)
        text = text.replacing(#""withheldFrom":["family"]"#, with: #""withheldFrom":["press"]"#)
        let expected = CaseEventError(
            kind: .unknownCode, path: "disclosure.withheldFrom[0]", value: "press", typeName: "CaseClosed")
        #expect(throws: expected) { try CaseEvent.decode(jsonBytes: Array(text.utf8)) }
    }

    @Test func authorisedAtWithoutAuthoriserIsAnError() {
        #expect(
            reasons(closed) { $0.actor.authorisedAt = SampleEvents.instant("2013-05-13T16:00:00Z") } == [
                .requiresCompanionField
            ])
    }

    @Test func authorisationAtRecordingIsAcceptedAndOneSecondLaterIsNot() {
        let recordedAt = SampleEvents.envelope(for: closed).recordedAt
        let authorise = { (instant: Instant) in
            reasons(self.closed) {
                $0.actor.authorisedBy = "tm-3"
                $0.actor.authorisedAt = instant
            }
        }
        #expect(authorise(recordedAt) == [])
        #expect(authorise(SampleEvents.instant("2013-05-14T08:00:01Z")) == [.authorisedAfterRecorded])
    }

    @Test func subjectsRepeatingTheChildIdIsAWarning() throws {
        var envelope = SampleEvents.envelope(for: closed)
        envelope.subjects = ["C-0002", "C-0001"]
        let issues = try CaseEvent(envelope: envelope, data: closed).validate()
        #expect(
            issues == [
                ValidationIssue(path: "subjects[1]", value: "C-0001", reason: .duplicateID, severity: .warning)
            ])
    }

    @Test func malformedSubjectIdIsAnError() {
        #expect(reasons(closed) { $0.subjects = ["C 2"] } == [.idInvalidCharacter])
    }

    @Test func disclosureWithholdingFromNobodyIsAnError() {
        #expect(reasons(closed) { $0.disclosure = Disclosure(withheldFrom: []) } == [.atLeastOneRequired])
    }

    @Test func instantPrecisionWithoutAnInstantIsAnError() {
        #expect(
            reasons(closed) {
                $0.precision = .instant
                $0.occurredAt = nil
            } == [.instantRequired])
    }

    @Test func monthPrecisionWithAnInstantIsInconsistent() {
        #expect(
            reasons(closed) {
                $0.precision = .month
                $0.occurredOn = SampleEvents.date("2013-05-01")
                $0.occurredAt = SampleEvents.instant("2013-05-01T10:00:00Z")
            } == [.inconsistentFlags])
    }

    @Test(arguments: [("2013-05-01", true), ("2013-05-02", false), ("2013-04-30", false)])
    func monthPrecisionNeedsTheFirstDayOfTheMonth(day: String, accepted: Bool) {
        let found = reasons(closed) {
            $0.precision = .month
            $0.occurredOn = SampleEvents.date(day)
            $0.occurredAt = nil
        }
        #expect(found == (accepted ? [] : [.monthNotOnFirstDay]))
    }
}
