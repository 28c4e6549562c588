import CaseModel
import Testing

/// A valid `CaseClosed` event as JSON text, with `replacing` substitutions applied.
private func json(_ replacing: [(String, String)] = []) -> [UInt8] {
    var text = """
        {"eventId":"E-1","childId":"C-1","occurredOn":"2013-05-13","recordedAt":"2013-05-13T10:00:00Z",\
        "actor":{"recordedBy":"sw-1"},"type":"CaseClosed","schemaVersion":1,"data":{"reason":"RC8"}}
        """
    for (old, new) in replacing { text = text.replacing(old, with: new) }
    return Array(text.utf8)
}

struct DecodingErrorTests {
    @Test func theUnmodifiedFixtureDecodes() throws {
        let event = try CaseEvent.decode(jsonBytes: json())
        #expect(event.data(as: CaseClosed.self)?.reason == .closedAfterAssessmentNoFurtherAction)
    }

    @Test func unknownTypeIsRefused() {
        #expect(throws: CaseEventError(kind: .unknownType, path: "type", value: "CaseReopened")) {
            try CaseEvent.decode(jsonBytes: json([("\"CaseClosed\"", "\"CaseReopened\"")]))
        }
    }

    @Test(arguments: [0, 2, 99])
    func unsupportedSchemaVersionIsRefused(version: Int) {
        let expected = CaseEventError(
            kind: .unsupportedSchemaVersion, path: "schemaVersion", value: String(version), typeName: "CaseClosed")
        #expect(throws: expected) {
            try CaseEvent.decode(jsonBytes: json([("\"schemaVersion\":1", "\"schemaVersion\":\(version)")]))
        }
    }

    @Test func misspelledEnvelopeFieldIsRefused() {
        #expect(throws: CaseEventError(kind: .unexpectedField, path: "occuredOn")) {
            try CaseEvent.decode(jsonBytes: json([("\"occurredOn\"", "\"occuredOn\"")]))
        }
    }

    @Test(arguments: ["2013-02-29", "2013-13-01", "13/05/2013", "2013-5-13"])
    func impossibleOccurredOnIsAnInvalidDate(text: String) {
        #expect(throws: CaseEventError(kind: .invalidDate, path: "occurredOn", value: text, typeName: "CaseClosed")) {
            try CaseEvent.decode(jsonBytes: json([("2013-05-13", text)]))
        }
    }

    @Test func recordedAtWithoutAnOffsetIsAnInvalidDate() {
        let expected = CaseEventError(
            kind: .invalidDate, path: "recordedAt", value: "2013-05-13T10:00:00", typeName: "CaseClosed")
        #expect(throws: expected) { try CaseEvent.decode(jsonBytes: json([("10:00:00Z", "10:00:00")])) }
    }

    @Test func missingEnvelopeFieldIsNamed() {
        #expect(throws: CaseEventError(kind: .missingField, path: "recordedAt", typeName: "CaseClosed")) {
            try CaseEvent.decode(jsonBytes: json([("\"recordedAt\":\"2013-05-13T10:00:00Z\",", "")]))
        }
    }

    @Test func missingDataFieldIsNamed() {
        #expect(throws: CaseEventError(kind: .missingField, path: "data.reason", typeName: "CaseClosed")) {
            try CaseEvent.decode(jsonBytes: json([("{\"reason\":\"RC8\"}", "{}")]))
        }
    }

    @Test func missingTypeIsNamed() {
        #expect(throws: CaseEventError(kind: .missingField, path: "type")) {
            try CaseEvent.decode(jsonBytes: json([("\"type\":\"CaseClosed\",", "")]))
        }
    }

    @Test func wrongJSONKindIsMalformed() {
        #expect(throws: CaseEventError(kind: .malformed, path: "actor.recordedBy", typeName: "CaseClosed")) {
            try CaseEvent.decode(jsonBytes: json([("\"sw-1\"", "7")]))
        }
    }

    @Test func childEventWithoutChildIdHasNoStream() {
        #expect(throws: CaseEventError(kind: .missingStreamSubject, path: "childId", typeName: "CaseClosed")) {
            try CaseEvent.decode(jsonBytes: json([("\"childId\":\"C-1\",", "")]))
        }
    }

    @Test(arguments: ["[]", "\"event\"", "{\"eventId\":", ""])
    func nonObjectInputIsRefused(text: String) {
        #expect {
            try CaseEvent.decode(jsonBytes: Array(text.utf8))
        } throws: { error in
            (error as? CaseEventError)?.kind == .notAnObject
        }
    }

    @Test func errorDescriptionNamesFieldAndCodeOnly() {
        let error = CaseEventError(kind: .unknownCode, path: "data.source", value: "5E", typeName: "ReferralReceived")
        #expect(error.description == "unknownCode at data.source (\"5E\") in ReferralReceived")
    }
}
