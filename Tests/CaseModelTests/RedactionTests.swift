import CaseModel
import Testing

/// `Redacted` (DOMAIN.md §9): stream targeting and link rules, shared with `EventRetracted`.
struct RedactionTests {
    func redaction(of typeName: String, eventId: String = "E-0003") -> Redacted {
        Redacted(redactedEventId: eventId, redactedType: typeName, legalBasis: .erasure, authorisedBy: "dpo-1")
    }

    @Test(arguments: [
        ("ChildSeen", "child-C-0001"), ("MilestoneMet", "board-lscb-redbridge"),
        ("FamilyEngaged", "scr-SCR-2017-R"), ("HouseholdMembershipChanged", "household-H-0001"),
    ])
    func aRedactionGoesToTheStreamOfTheRedactedType(typeName: String, streamID: String) {
        #expect(SampleEvents.event(redaction(of: typeName)).streamID == streamID)
    }

    @Test func redactingItselfIsAnError() {
        #expect(reasons(redaction(of: "ChildSeen", eventId: "E-1000")) == [.selfReference])
    }

    @Test func redactingAnUnknownTypeIsAnError() {
        let issues = SampleEvents.event(redaction(of: "ChildSeenAlone")).validate()
        #expect(
            issues == [ValidationIssue(path: "data.redactedType", value: "ChildSeenAlone", reason: .unknownEventType)])
    }

    @Test func malformedAuthoriserIsAnError() {
        let data = Redacted(
            redactedEventId: "E-3", redactedType: "ChildSeen", legalBasis: .courtOrder, authorisedBy: "")
        #expect(reasons(data) == [.idEmpty])
    }

    @Test func aRedactionCannotBeACorrectionsReplacement() {
        let correction = EventCorrected(
            correctedEventId: "E-9", reason: "wrong basis",
            replacement: EventReplacement(occurredOn: SampleEvents.date("2013-05-13"), data: redaction(of: "ChildSeen"))
        )
        #expect(reasons(correction) == [.replacementNotAllowed])
    }

    @Test func unknownLegalBasisIsAnUnknownCode() {
        var text = String(decoding: SampleEvents.event(redaction(of: "ChildSeen")).canonicalBytes, as: UTF8.self)
        text = text.replacing(#""legalBasis":"erasure""#, with: #""legalBasis":"whim""#)
        let expected = CaseEventError(kind: .unknownCode, path: "data.legalBasis", value: "whim", typeName: "Redacted")
        #expect(throws: expected) { try CaseEvent.decode(jsonBytes: Array(text.utf8)) }
    }
}
