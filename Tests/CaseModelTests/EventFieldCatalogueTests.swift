import CaseModel
import Testing
import TextFormats

/// `EventFieldCatalogue` is read from the Codable types; these tests prove it against real encoded events.
struct EventFieldCatalogueTests {
    @Test func everyCatalogueTypeHasItsFieldsRecorded() {
        let recorded = Set(EventFieldCatalogue.payloadFieldsByType.keys)
        #expect(recorded == Set(EventCatalogue.types.map { $0.typeName }))
    }

    @Test(arguments: SampleEvents.payloads.indices)
    func recordedFieldsAreExactlyTheStoredPropertiesOfTheType(index: Int) throws {
        let payload = SampleEvents.payloads[index]
        let typeName = type(of: payload).typeName
        let fields = try #require(EventFieldCatalogue.payloadFields(ofType: typeName))
        let properties = Mirror(reflecting: payload).children.compactMap(\.label)
        #expect(fields.map(\.name).sorted() == properties.sorted(), "\(typeName)")
    }

    @Test(arguments: SampleEvents.payloads.indices)
    func everyEncodedKeyIsARecordedFieldOfTheRightKind(index: Int) throws {
        let event = SampleEvents.event(SampleEvents.payloads[index])
        let data = try #require(event.jsonValue["data"]?.objectValue)
        for (key, value) in data {
            let field = try #require(EventFieldCatalogue.payloadField(key, ofType: event.typeName), "\(key)")
            #expect(Self.kind(field.kind, admits: value), "\(event.typeName).\(key)")
        }
        let required = try #require(EventFieldCatalogue.payloadFields(ofType: event.typeName)).filter { !$0.isOptional }
        for field in required { #expect(data[field.name] != nil, "\(event.typeName).\(field.name) is required") }
    }

    @Test func envelopeFieldsAreTheEnvelopeKeys() {
        #expect(Set(EventFieldCatalogue.envelopeFields.map(\.name)) == EventEnvelope.fieldNames)
        #expect(EventFieldCatalogue.envelopeField("recordedAt")?.kind == .instant)
        #expect(EventFieldCatalogue.envelopeField("occurredAt")?.isOptional == true)
        #expect(Set(EventFieldCatalogue.actorFields.map(\.name)).isSuperset(of: ["recordedBy", "team", "agency"]))
    }

    @Test func codeFieldsListEveryCodeOfTheirList() throws {
        let outcome = try #require(EventFieldCatalogue.payloadField("outcome", ofType: "ReferralDecisionMade"))
        #expect(outcome.kind == .code(list: "ReferralOutcome", values: ReferralOutcome.allCases.map(\.rawValue)))
        #expect(EventFieldCatalogue.payloadField("registeredOn", ofType: "RegistrarInformationReceived")?.kind == .date)
        #expect(EventFieldCatalogue.payloadField("registrationDate", ofType: "RegistrarInformationReceived") == nil)
    }

    private static func kind(_ kind: EventField.Kind, admits value: JSONValue) -> Bool {
        switch (kind, value) {
        case (.text, .string), (.date, .string), (.instant, .string), (.month, .string),
            (.financialYear, .string), (.integer, .integer), (.boolean, .bool), (.list, .array), (.object, .object):
            true
        case (.code(_, let values), _): values.contains(value.stringValue ?? "")
        default: false
        }
    }
}
