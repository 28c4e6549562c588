import CaseModel
import LedgerCalendar
import Testing

/// Single-event rules of the types added in catalogue 1.1 (one behaviour per test, boundaries included).
struct Catalogue11ValidationTests {
    static let date = SampleEvents.date

    @Test(arguments: SampleEvents.payloads.filter { type(of: $0).requiresInstant }.map { type(of: $0).typeName })
    func everyHourRuleTypeWithoutAnInstantIsAnError(typeName: String) throws {
        let data = try #require(SampleEvents.payloads.first { type(of: $0).typeName == typeName })
        #expect(reasons(data) { $0.occurredAt = nil } == [.instantRequired])
    }

    @Test(arguments: ["", "   ", "\n\t"])
    func timescaleExceededWithoutAReasonIsAnError(reason: String) {
        #expect(reasons(AssessmentTimescaleExceeded(reason: reason)) == [.textRequired])
    }

    @Test func timescaleExceededWithAnOverlongReasonIsAnError() {
        let reason = String(repeating: "r", count: EventLimits.freeTextBytesMax + 1)
        #expect(reasons(AssessmentTimescaleExceeded(reason: reason)) == [.textTooLong])
    }

    @Test(arguments: [0, EventLimits.smallCountMax + 1])
    func timescaleOutOfRangeIsAnError(workingDays: Int) {
        #expect(
            reasons(AssessmentTimescaleExceeded(reason: "late report", timescaleWorkingDays: workingDays)) == [
                .numberOutOfRange
            ])
    }

    @Test func needWithoutIndicatorsIsAnError() {
        #expect(
            reasons(EarlyHelpNeedIdentified(identifyingAgency: "school-4", indicators: [])) == [.atLeastOneRequired])
    }

    @Test func consentGivenWithAReferralJudgementIsInconsistent() {
        #expect(
            reasons(EarlyHelpConsentRecorded(consentGiven: true, referralJudgedNecessary: false)) == [
                .inconsistentFlags
            ])
        #expect(reasons(EarlyHelpConsentRecorded(consentGiven: false, referralJudgedNecessary: false)) == [])
    }

    @Test func childSeenOnAPhoneCallIsInconsistent() {
        #expect(reasons(EarlyHelpVisit(mode: .phoneCall, childSeen: true)) == [.inconsistentFlags])
        #expect(reasons(EarlyHelpVisit(mode: .phoneCall, childSeen: false)) == [])
    }

    @Test func planActionDueBeforeTheAgreementIsEndBeforeStart() {
        let action = EarlyHelpPlanAction(actionId: "a1", ownerId: "hv-12", dueOn: Self.date("2013-05-12"))
        let issues = try! CaseEvent(
            envelope: SampleEvents.envelope(for: EarlyHelpPlanAgreed(actions: [action])),
            data: EarlyHelpPlanAgreed(actions: [action])
        ).validate()
        #expect(issues.map(\.path) == ["data.actions[0].dueOn"])
        #expect(reasons(EarlyHelpPlanAgreed(actions: [])) == [.atLeastOneRequired])
    }

    @Test func icpcTargetBeforeTheInvitationsIsEndBeforeStart() {
        let convened = IcpcConvened(invitationsSentOn: Self.date("2013-05-14"), targetDate: Self.date("2013-05-13"))
        #expect(reasons(convened) == [.endBeforeStart])
        let sameDay = IcpcConvened(invitationsSentOn: Self.date("2013-05-13"), targetDate: Self.date("2013-05-13"))
        #expect(reasons(sameDay) == [])
    }

    @Test func invitationsSentBeforeConveningIsEndBeforeStart() {
        let convened = IcpcConvened(invitationsSentOn: Self.date("2013-05-12"), targetDate: Self.date("2013-05-24"))
        #expect(reasons(convened) == [.endBeforeStart])
    }

    @Test func reportSharedWithoutAgreementIsInconsistent() {
        let report = ConferenceReportSubmitted(
            agencyId: "school-4", conferenceKind: .initial, shareWithParents: false,
            sharedWithParentsOn: Self.date("2013-05-13"))
        #expect(reasons(report) == [.inconsistentFlags])
    }

    @Test func section20ConsentingPersonWithoutConsentIsInconsistent() {
        #expect(reasons(AccommodatedSection20(consentRecorded: false, consentGivenBy: "P-3")) == [.inconsistentFlags])
    }

    @Test func registrationAfterReceiptIsAnErrorAndOnTheSameDayIsNot() {
        #expect(reasons(RegistrarInformationReceived(registeredOn: Self.date("2013-05-14"))) == [.dateAfterEvent])
        #expect(reasons(RegistrarInformationReceived(registeredOn: Self.date("2013-05-13"))) == [])
    }

    @Test func admissionAfterTheSection85NotificationIsAnError() {
        let notification = Section85NotificationReceived(notifyingAgency: "nhs-1", admittedOn: Self.date("2013-05-14"))
        #expect(reasons(notification) == [.dateAfterEvent])
    }

    @Test func coronerNotificationOfNeitherInquestNorPostMortemIsAnError() {
        #expect(reasons(CoronerNotification(inquest: false, postMortem: false)) == [.atLeastOneRequired])
        #expect(reasons(CoronerNotification(inquest: false, postMortem: true)) == [])
    }

    @Test func lacReviewNumberZeroIsAnError() {
        #expect(reasons(LacReviewHeld(reviewNumber: 0)) == [.numberOutOfRange])
    }

    @Test func scrDecisionCommunicatedToNobodyIsAnError() {
        #expect(reasons(ScrDecisionCommunicated(recipients: [])) == [.atLeastOneRequired])
    }

    @Test func repeatedRecipientIsAWarning() {
        let data = ScrDecisionCommunicated(recipients: [.ofsted, .ofsted])
        let issues = try! CaseEvent(envelope: SampleEvents.envelope(for: data), data: data).validate()
        #expect(issues.map(\.severity) == [.warning])
    }

    /// The sample envelope is dated 13 May 2013, inside 2013/14.
    @Test func annualReportOnTheCurrentYearIsAWarningNamingTheYear() {
        let data = AnnualReportPublished(financialYear: FinancialYear(startingIn: 2013), sentTo: [.leader])
        let issues = try! CaseEvent(envelope: SampleEvents.envelope(for: data), data: data).validate()
        let expected = ValidationIssue(
            path: "data.financialYear", value: "2013/14", reason: .dateAfterEvent, severity: .warning)
        #expect(issues == [expected])
    }

    @Test func annualReportPublishedOnTheLastDayOfItsYearIsFlaggedAndTheDayAfterIsNot() {
        let data = AnnualReportPublished(financialYear: FinancialYear(startingIn: 2012), sentTo: [])
        let onLastDay = reasons(data) {
            $0.occurredOn = Self.date("2013-03-31")
            $0.occurredAt = nil
        }
        let dayAfter = reasons(data) {
            $0.occurredOn = Self.date("2013-04-01")
            $0.occurredAt = nil
        }
        #expect(onLastDay == [.dateAfterEvent])
        #expect(dayAfter == [])
    }
}
