import Foundation
import CaseModel
import Testing
import TextFormats

struct RoundTripTests {
    @Test func samplesCoverEveryCatalogueType() {
        let sampled = Set(SampleEvents.payloads.map { type(of: $0).typeName })
        let catalogued = Set(EventCatalogue.types.map { $0.typeName })
        #expect(sampled == catalogued)
        #expect(EventCatalogue.typesByName.count == EventCatalogue.types.count)
    }

    @Test(arguments: SampleEvents.payloads.indices)
    func everyTypeRoundTripsThroughCanonicalBytes(index: Int) throws {
        let event = SampleEvents.event(SampleEvents.payloads[index])
        let bytes = event.canonicalBytes
        let decoded = try CaseEvent.decode(jsonBytes: bytes)
        #expect(decoded == event)
        #expect(decoded.canonicalBytes == bytes)
        #expect(decoded.typeName == event.typeName)
    }

    @Test(arguments: SampleEvents.payloads.indices)
    func everySampleIsValid(index: Int) {
        let event = SampleEvents.event(SampleEvents.payloads[index])
        #expect(event.validate().filter { $0.severity == .error } == [])
    }

    @Test func canonicalBytesMatchTheDocumentedExample() {
        let event = try! CaseEvent(
            envelope: EventEnvelope(
                eventId: "E-0001", childId: "C-0001", occurredOn: SampleEvents.date("2013-05-13"),
                occurredAt: SampleEvents.instant("2013-05-13T09:30:00+01:00"),
                recordedAt: SampleEvents.instant("2013-05-13T11:02:00+01:00"),
                actor: Actor(recordedBy: "sw-7", team: "team-north", agency: "la-352")),
            data: ReferralReceived(source: .police))
        let expected =
            #"{"actor":{"agency":"la-352","recordedBy":"sw-7","team":"team-north"},"childId":"C-0001","#
            + #""data":{"householdMemberIds":[],"source":"6"},"eventId":"E-0001","occurredAt":"2013-05-13T08:30:00Z","#
            + #""occurredOn":"2013-05-13","recordedAt":"2013-05-13T10:02:00Z","schemaVersion":1,"#
            + #""type":"ReferralReceived"}"#
        #expect(String(decoding: event.canonicalBytes, as: UTF8.self) == expected)
    }

    @Test func keyOrderAndWhitespaceInInputDoNotChangeCanonicalBytes() throws {
        let event = SampleEvents.event(CaseClosed(reason: .servicesCeased))
        let shuffled = """
            { "type": "CaseClosed", "data": { "reason": "RC7" }, "schemaVersion": 1,
              "recordedAt": "2013-05-14T09:00:00+01:00", "eventId": "E-1000", "childId": "C-0001",
              "occurredAt": "2013-05-13T10:15:00+01:00",
              "occurredOn": "2013-05-13", "actor": { "team": "team-north", "recordedBy": "sw-7" } }
            """
        let decoded = try CaseEvent.decode(jsonBytes: Array(shuffled.utf8))
        #expect(decoded.canonicalBytes == event.canonicalBytes)
    }

    @Test func differentEventsGiveDifferentBytes() {
        let first = SampleEvents.event(CaseClosed(reason: .servicesCeased))
        let second = SampleEvents.event(CaseClosed(reason: .adopted))
        #expect(first != second)
        #expect(first.canonicalBytes != second.canonicalBytes)
    }

    @Test func recordPartsMapToTheEventStoreFields() {
        let event = SampleEvents.event(ReferralReceived(source: .schools), eventId: "E-42")
        let parts = event.recordParts
        #expect(parts.streamID == "child-C-0001")
        #expect(parts.typeName == "ReferralReceived")
        #expect(parts.schemaVersion == 1)
        #expect(parts.sourceID == "E-42")
        #expect(parts.payload == event.canonicalBytes)
        #expect(parts.metadata.isEmpty)
    }
}

/// Catalogue 1.3 added `ReferralDecisionMade.primaryNeed` without a new schema version: records written before
/// decode unchanged, and the bytes of a decision without a code are the bytes catalogue 1.2 wrote.
struct ReferralDecisionNeedCodeTests {
    static let catalogue12Line =
        #"{"actor":{"decidedBy":"tm-1","recordedBy":"sw-7"},"childId":"C-0001","data":{"outcome":"assessment"},"#
        + #""eventId":"E-0002","occurredOn":"2013-05-14","recordedAt":"2013-05-14T10:02:00Z","schemaVersion":1,"#
        + #""type":"ReferralDecisionMade"}"#

    @Test func aDecisionRecordedBeforeCatalogue13DecodesWithoutANeedCodeAndKeepsItsBytes() throws {
        let bytes = Array(Self.catalogue12Line.utf8)
        let event = try CaseEvent.decode(jsonBytes: bytes)
        let decision = try #require(event.data as? ReferralDecisionMade)
        #expect(decision.outcome == .assessment)
        #expect(decision.primaryNeed == nil)
        #expect(event.canonicalBytes == bytes)
    }

    @Test func aDecisionWithANeedCodeRoundTrips() throws {
        let line = Self.catalogue12Line.replacingOccurrences(
            of: #""outcome":"assessment""#, with: #""outcome":"assessment","primaryNeed":"N4""#)
        let event = try CaseEvent.decode(jsonBytes: Array(line.utf8))
        #expect((event.data as? ReferralDecisionMade)?.primaryNeed == .familyInAcuteStress)
        #expect(event.canonicalBytes == Array(line.utf8))
    }
}
