@testable import CaseModel
import Testing
import TextFormats

/// The direct envelope reading (`EventEnvelope(plainMembers:)`) used by `CaseEvent.decode` before Codable.
struct EnvelopePlainMembersTests {
    /// An envelope with every field the direct reading handles set to a distinct value.
    private static let fullEnvelope = EventEnvelope(
        eventId: "E-7", childId: "C-7", householdId: "H-7", caseId: "K-7", boardId: "B-7", reviewId: "R-7",
        occurredOn: SampleEvents.date("2014-06-02"), occurredAt: SampleEvents.instant("2014-06-02T09:15:00+01:00"),
        recordedAt: SampleEvents.instant("2014-06-03T10:00:00Z"),
        actor: Actor(
            recordedBy: "sw-1", team: "team-east", agency: "la-352", decidedBy: "tm-2", authorisedBy: "hos-3",
            authorisedAt: SampleEvents.instant("2014-06-03T09:00:00Z")),
        rationale: "synthetic", sourceSystem: "sys-a", sourceRef: "ref-9", subjects: ["C-8", "C-9"],
        precision: .date)

    private static func members(_ envelope: EventEnvelope) -> [String: JSONValue] {
        let event = try! CaseEvent(envelope: envelope, data: CaseClosed(reason: .closedAfterAssessmentNoFurtherAction))
        return event.jsonValue.objectValue!
    }

    @Test func everyFieldIsReadAsCodableReadsIt() throws {
        let members = Self.members(Self.fullEnvelope)
        #expect(EventEnvelope(plainMembers: members) == Self.fullEnvelope)
        let decoded = try CaseEvent.decode(jsonBytes: CanonicalJSON.encode(.object(members)))
        #expect(decoded.envelope == Self.fullEnvelope)
    }

    /// A field added to the envelope or the actor must be added to the direct reading too (or make it give
    /// up), or the reading would drop it silently: this names every stored property it was written for.
    @Test func theDirectReadingKnowsEveryStoredField() {
        let envelopeFields = Set(Mirror(reflecting: Self.fullEnvelope).children.compactMap(\.label))
        let read: Set<String> = [
            "eventId", "childId", "householdId", "caseId", "boardId", "reviewId", "occurredOn", "occurredAt",
            "recordedAt", "actor", "rationale", "sourceSystem", "sourceRef", "subjects", "precision",
        ]
        #expect(envelopeFields == read.union(["disclosure"]))
        #expect(Set(Mirror(reflecting: Self.fullEnvelope.actor).children.compactMap(\.label)) == Actor.fieldNames)
    }

    @Test(arguments: SampleEvents.payloads.indices)
    func everySampleEnvelopeIsReadDirectly(index: Int) {
        let event = SampleEvents.event(SampleEvents.payloads[index])
        #expect(EventEnvelope(plainMembers: event.jsonValue.objectValue!) == event.envelope)
    }

    @Test func aDisclosureIsLeftToCodableAndStillDecodes() throws {
        var envelope = Self.fullEnvelope
        envelope.disclosure = Disclosure(withheldFrom: [.family], authorisedBy: "chair-1")
        let members = Self.members(envelope)
        #expect(EventEnvelope(plainMembers: members) == nil)
        #expect(try CaseEvent.decode(jsonBytes: CanonicalJSON.encode(.object(members))).envelope == envelope)
    }

    @Test(arguments: [
        ("caseId", JSONValue.null), ("eventId", .integer(7)), ("subjects", .array([.integer(1)])),
        ("precision", .string("week")), ("occurredAt", .string("2014-06-02")), ("occurredOn", .string("2014-02-30")),
        ("actor", .object(["recordedBy": .string("sw-1"), "teamID": .string("t")])),
    ])
    func anUnusualMemberIsLeftToCodable(key: String, value: JSONValue) {
        var members = Self.members(Self.fullEnvelope)
        members[key] = value
        #expect(EventEnvelope(plainMembers: members) == nil)
    }

    @Test func anUnknownActorKeyIsStillRefusedWithItsPath() {
        var members = Self.members(Self.fullEnvelope)
        members["actor"] = .object(["recordedBy": .string("sw-1"), "teamID": .string("t")])
        #expect(throws: CaseEventError(kind: .unexpectedField, path: "actor.teamID", typeName: "CaseClosed")) {
            try CaseEvent.decode(jsonBytes: CanonicalJSON.encode(.object(members)))
        }
    }
}
