import CaseModel
import LedgerCalendar
import Testing

/// The reasons of the issues `data` produces on the sample envelope, optionally edited first.
func reasons(
    _ data: any EventData, editing edit: (inout EventEnvelope) -> Void = { _ in }
) -> [ValidationIssue.Reason] {
    var envelope = SampleEvents.envelope(for: data)
    edit(&envelope)
    return try! CaseEvent(envelope: envelope, data: data).validate().map(\.reason)
}

struct ValidationTests {
    let closed = CaseClosed(reason: .servicesCeased)

    @Test func cleanEventHasNoIssues() {
        #expect(reasons(closed) == [])
    }

    @Test func emptyEventIdIsAnError() {
        #expect(reasons(closed) { $0.eventId = "" } == [.idEmpty])
    }

    @Test func idAtTheLengthLimitIsAcceptedAndOneByteMoreIsNot() {
        let limit = String(repeating: "a", count: EventLimits.idLengthBytesMax)
        #expect(reasons(closed) { $0.childId = limit } == [])
        #expect(reasons(closed) { $0.childId = limit + "a" } == [.idTooLong])
    }

    @Test(arguments: ["C 1", "C\n1", "C-é", "child#1"])
    func idWithForbiddenCharacterIsAnError(id: String) {
        #expect(reasons(closed) { $0.childId = id } == [.idInvalidCharacter])
    }

    @Test func overlongRationaleIsAnErrorThatDoesNotQuoteTheText() throws {
        var envelope = SampleEvents.envelope(for: closed)
        envelope.rationale = String(repeating: "r", count: EventLimits.freeTextBytesMax + 1)
        let issues = try CaseEvent(envelope: envelope, data: closed).validate()
        #expect(issues == [ValidationIssue(path: "rationale", reason: .textTooLong)])
    }

    @Test func occurredAfterTheRecordedLondonDateIsAnError() {
        #expect(
            reasons(closed) {
                $0.occurredOn = SampleEvents.date("2013-05-15")
                $0.occurredAt = nil
            } == [.occurredAfterRecorded])
    }

    @Test func recordedLateOnTheSameLondonEveningIsNotAfterOccurrence() {
        // 23:30 UTC on 13 May 2013 is 00:30 BST on 14 May: an event on the 14th is not in the future.
        let issues = reasons(closed) {
            $0.occurredOn = SampleEvents.date("2013-05-14")
            $0.occurredAt = nil
            $0.recordedAt = SampleEvents.instant("2013-05-13T23:30:00Z")
        }
        #expect(issues == [])
    }

    @Test func occurredAtOnAnotherLondonDateIsAnError() {
        #expect(
            reasons(closed) { $0.occurredAt = SampleEvents.instant("2013-05-12T12:00:00Z") } == [
                .occurredAtDateMismatch
            ])
    }

    @Test(arguments: [
        PoliceProtectionStarted() as any EventData, PoliceProtectionEnded(),
        MissingEpisodeStarted(missingFrom: .home, reportedToPolice: false),
        MissingEpisodeEnded(),
    ])
    func hourRuleEventsWithoutAnInstantAreErrors(data: any EventData) {
        #expect(reasons(data) { $0.occurredAt = nil } == [.instantRequired])
    }

    @Test func aStrategyDiscussionWithADateOnlyIsValid() {
        #expect(reasons(StrategyDiscussionHeld(form: .calls, initiatesSection47: true)) { $0.occurredAt = nil } == [])
    }

    @Test func epoExpiringBeforeItWasGrantedIsEndBeforeStart() {
        #expect(reasons(EpoGranted(expiresOn: SampleEvents.date("2013-05-12"))) == [.endBeforeStart])
        #expect(reasons(EpoGranted(expiresOn: SampleEvents.date("2013-05-13"))) == [])
    }

    @Test func assessmentAuthorisedBeforeCompletionIsEndBeforeStart() {
        let data = AssessmentAuthorised(
            completedOn: SampleEvents.date("2013-05-14"), childInNeed: false, factors: [.noFactorsIdentified],
            nextStep: .noFurtherAction)
        #expect(reasons(data) == [.endBeforeStart])
    }

    @Test func factor21WithOtherFactorsIsAnError() {
        let data = AssessmentAuthorised(
            childInNeed: true, factors: [.neglect, .noFactorsIdentified], nextStep: .cinPlan)
        let issues = try! CaseEvent(envelope: SampleEvents.envelope(for: data), data: data).validate()
        #expect(issues == [ValidationIssue(path: "data.factors[1]", value: "21", reason: .factorMustStandAlone)])
    }

    @Test func factor21AloneIsValid() {
        #expect(
            reasons(AssessmentAuthorised(childInNeed: false, factors: [.noFactorsIdentified], nextStep: .earlyHelp))
                == [])
    }

    @Test func legacyFactorOnASingleAssessmentIsAWarningButValidOnACoreAssessment() {
        let single = AssessmentAuthorised(childInNeed: true, factors: [.legacySexualAbuse], nextStep: .section47)
        let issues = try! CaseEvent(envelope: SampleEvents.envelope(for: single), data: single).validate()
        #expect(
            issues == [ValidationIssue(path: "data.factors[0]", value: "19A", reason: .legacyCode, severity: .warning)])
        #expect(reasons(CoreAssessmentCompleted(factors: [.legacySexualAbuse], nextStep: .section47)) == [])
    }

    @Test func repeatedFactorIsAWarning() {
        let data = AssessmentAuthorised(childInNeed: true, factors: [.neglect, .neglect], nextStep: .cinPlan)
        #expect(reasons(data) == [.duplicateCode])
    }

    @Test func icpcWithAPlanNeedsACategory() {
        #expect(
            reasons(IcpcHeld(preBirth: true, planRequired: true, category: nil, parentalFactors: ParentalFactors()))
                == [.categoryRequired])
    }

    @Test func icpcWithoutAPlanButWithACategoryIsAWarning() {
        let data = TransferInConferenceHeld(planRequired: false, category: .emotional)
        let issues = try! CaseEvent(envelope: SampleEvents.envelope(for: data), data: data).validate()
        #expect(issues.map(\.severity) == [.warning])
        #expect(issues.map(\.reason) == [.categoryWithoutPlan])
    }

    @Test func rcpcContinuingThePlanNeedsALatestCategory() {
        #expect(
            reasons(RcpcHeld(planContinues: true, latestCategory: nil, parentalFactors: ParentalFactors()))
                == [.categoryRequired])
        #expect(reasons(RcpcHeld(planContinues: false, latestCategory: nil, parentalFactors: ParentalFactors())) == [])
    }

    @Test func seenAloneButNotSeenIsInconsistent() {
        #expect(
            reasons(StatutoryVisitMade(visitKind: .childInNeed, childSeen: false, childSeenAlone: true)) == [
                .inconsistentFlags
            ])
    }

    @Test func childRegisteredNeedsExactlyOneBirthDateKind() {
        #expect(reasons(ChildRegistered(ethnicity: .notObtained)) == [.exactlyOneRequired])
        let both = ChildRegistered(
            birthDate: SampleEvents.date("2013-01-01"), expectedBirthDate: SampleEvents.date("2013-08-01"),
            ethnicity: .refused)
        #expect(reasons(both) == [.exactlyOneRequired])
        #expect(reasons(ChildRegistered(expectedBirthDate: SampleEvents.date("2013-08-01"), ethnicity: .refused)) == [])
    }

    @Test func birthDateAfterRegistrationIsAnError() {
        #expect(
            reasons(ChildRegistered(birthDate: SampleEvents.date("2013-05-14"), ethnicity: .chinese)) == [
                .dateAfterEvent
            ])
    }

    @Test func disabilityNoneWithOthersIsAnError() {
        #expect(
            reasons(
                ChildRegistered(
                    birthDate: SampleEvents.date("2010-01-01"), ethnicity: .indian, disabilities: [.vision, .none]))
                == [.disabilityNoneMustStandAlone])
    }

    @Test(arguments: [0, EventLimits.smallCountMax + 1])
    func recommendationNumberOutOfRangeIsAnError(number: Int) {
        #expect(reasons(RecommendationRecorded(number: number)) == [.numberOutOfRange])
    }

    @Test func negativePreviousPlanCountIsAnError() {
        #expect(reasons(CpPlanStarted(initialCategory: .sexual, previousPlanCount: -1)) == [.numberOutOfRange])
    }

    @Test func listOverTheCountLimitIsAnError() {
        let agencies = (0...EventLimits.listCountMax).map { "a\($0)" }
        #expect(reasons(CoreGroupMeetingHeld(attendingAgencies: agencies)) == [.listTooLong])
    }

    @Test func issueDescriptionShowsPathValueAndReason() {
        let issue = ValidationIssue(path: "data.factors[1]", value: "21", reason: .factorMustStandAlone)
        #expect(issue.description == "error data.factors[1] \"21\": factorMustStandAlone")
    }
}
