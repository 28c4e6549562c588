import CaseModel
import Testing

struct CorrectionTests {
    let replacement = EventReplacement(
        occurredOn: SampleEvents.date("2013-05-10"), data: ReferralReceived(source: .healthVisitor))

    @Test func correctionRoundTripsWithItsTypedReplacement() throws {
        let event = SampleEvents.event(
            EventCorrected(correctedEventId: "E-1", reason: "wrong date", replacement: replacement))
        let decoded = try CaseEvent.decode(jsonBytes: event.canonicalBytes)
        let correction = try #require(decoded.data(as: EventCorrected.self))
        #expect(correction.replacement.data as? ReferralReceived == ReferralReceived(source: .healthVisitor))
        #expect(correction.replacement.occurredOn == SampleEvents.date("2013-05-10"))
    }

    @Test func correctionsWithDifferentReplacementsDiffer() {
        let other = EventReplacement(
            occurredOn: SampleEvents.date("2013-05-10"), data: ReferralReceived(source: .police))
        #expect(
            EventCorrected(correctedEventId: "E-1", reason: "r", replacement: replacement)
                != EventCorrected(correctedEventId: "E-1", reason: "r", replacement: other))
    }

    @Test func replacementIssuesArePrefixedWithTheReplacementPath() {
        let bad = EventReplacement(
            occurredOn: SampleEvents.date("2013-05-10"),
            data: AssessmentAuthorised(childInNeed: true, factors: [.noFactorsIdentified, .gangs], nextStep: .cinPlan))
        let event = SampleEvents.event(EventCorrected(correctedEventId: "E-1", reason: "r", replacement: bad))
        #expect(event.validate().map(\.path) == ["data.replacement.data.factors[0]"])
    }

    @Test func replacementDatesAreCheckedAgainstTheReplacementValidTime() {
        let late = EventReplacement(
            occurredOn: SampleEvents.date("2013-05-20"), data: EpoGranted(expiresOn: SampleEvents.date("2013-05-15")))
        let event = SampleEvents.event(EventCorrected(correctedEventId: "E-1", reason: "r", replacement: late))
        #expect(event.validate().map(\.reason) == [.endBeforeStart])
    }

    @Test func correctionOfItselfIsAnError() {
        let event = SampleEvents.event(
            EventCorrected(correctedEventId: "E-1000", reason: "r", replacement: replacement))
        #expect(event.validate().map(\.reason) == [.selfReference])
    }

    @Test func correctionWhoseReplacementIsARetractionIsAnError() {
        let nested = EventReplacement(
            occurredOn: SampleEvents.date("2013-05-10"),
            data: EventRetracted(retractedEventId: "E-3", retractedType: "CaseClosed", reason: "r"))
        let event = SampleEvents.event(EventCorrected(correctedEventId: "E-1", reason: "r", replacement: nested))
        #expect(event.validate().map(\.reason) == [.replacementNotAllowed])
    }

    @Test func replacementWithUnknownTypeIsRefusedAtDecoding() {
        let json = """
            {"eventId":"E-1","childId":"C-1","occurredOn":"2013-05-13","recordedAt":"2013-05-13T10:00:00Z",\
            "actor":{"recordedBy":"sw-1"},"type":"EventCorrected","schemaVersion":1,"data":{"correctedEventId":"E-0",\
            "reason":"r","replacement":{"type":"Nope","schemaVersion":1,"occurredOn":"2013-05-13","data":{}}}}
            """
        #expect(throws: CaseEventError(kind: .unknownType, path: "data.replacement.type", value: "Nope")) {
            try CaseEvent.decode(jsonBytes: Array(json.utf8))
        }
    }

    @Test func retractionRoundTrips() throws {
        let event = SampleEvents.event(EventRetracted(retractedEventId: "E-5", retractedType: "CpVisit", reason: "r"))
        #expect(try CaseEvent.decode(jsonBytes: event.canonicalBytes) == event)
    }

    @Test func retractionOfAnUnknownTypeIsAnError() {
        let event = SampleEvents.event(EventRetracted(retractedEventId: "E-5", retractedType: "CpVisit", reason: "r"))
        #expect(
            event.validate() == [
                ValidationIssue(path: "data.retractedType", value: "CpVisit", reason: .unknownEventType)
            ])
    }

    @Test func retractionOfItselfIsAnError() {
        let event = SampleEvents.event(
            EventRetracted(retractedEventId: "E-1000", retractedType: "CaseClosed", reason: "r"))
        #expect(event.validate().map(\.reason) == [.selfReference])
    }
}
