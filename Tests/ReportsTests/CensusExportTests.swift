import CaseModel
import LedgerCalendar
import Projections
import Reports
import Testing

private typealias E = AnnualEntry
private let referral = AnnualLedger.referral
private let registered = ChildRegistered(
    birthDate: CivilDate(iso8601: "2008-02-29")!, sex: .female, genderCurrent: .female, ethnicity: .whiteBritish,
    disabilities: [.none])
private let authorised = AssessmentAuthorised(
    childInNeed: true, primaryNeed: .abuseOrNeglect, factors: [.neglect], nextStep: .section47)
private let closed = CaseClosed(reason: .servicesCeased)
private let nfa = ReferralDecisionMade(outcome: .noFurtherAction)

/// A child registered and referred on `date`, the referral decided NFA (so no need code is required).
private func referred(_ child: String, _ date: String) -> [E] {
    [E(child, date, registered), E(child, date, referral), E(child, date, nfa)]
}

private func export(_ entries: [E], year: Int, skipInvalid: Bool = false) throws -> CensusExport {
    try CensusExport.build(
        state: AnnualLedger.state(entries), year: FinancialYear(startingIn: year), localAuthority: "358",
        skipInvalid: skipInvalid, generatedAt: "2014-04-30T12:00:00Z")
}

private func text(_ export: CensusExport) -> String { String(decoding: export.document, as: UTF8.self) }

/// The element names of `xml` in document order (opening tags only).
private func elementNames(_ xml: String) -> [String] {
    xml.split(separator: "<").compactMap { part in
        guard let first = part.first, first.isLetter else { return nil }
        return String(part.prefix { $0.isLetter || $0.isNumber })
    }
}

@Test func censusHoldsChildrenWithAReferralEpisodeOpenAtAnyPointInTheYear() throws {
    var entries: [E] = referred("C1", "2013-01-10") + [E("C1", "2013-03-31", closed)]
    entries += referred("C2", "2013-01-10") + [E("C2", "2013-04-01", closed)]
    entries += referred("C3", "2014-03-31") + referred("C4", "2014-04-01")
    let result = try export(entries, year: 2013)
    #expect(result.children.map(\.childId) == ["C2", "C3"])
    #expect(text(result).contains("<CINclosureDate>2013-04-01</CINclosureDate>"))
}

@Test func elementsFollowTheSchemaSequenceWithReferralNFABetweenSection47AndPlans() throws {
    let entries = [
        E("C1", "2013-05-01", registered), E("C1", "2013-05-01", referral),
        E("C1", "2013-05-01", AssessmentStarted(legalBasis: .section47)),
        E("C1", "2013-05-13", StrategyDiscussionHeld(form: .meeting, initiatesSection47: true), id: "SD1"),
        E("C1", "2013-05-15", Section47Started(strategyDiscussionEventId: "SD1", jointWithPolice: true)),
        E("C1", "2013-05-20", authorised),
        E(
            "C1", "2013-06-04",
            IcpcHeld(preBirth: false, planRequired: true, category: .neglect, parentalFactors: .init())),
        E("C1", "2013-06-04", CpPlanStarted(initialCategory: .neglect)),
        E("C1", "2013-09-04", RcpcHeld(planContinues: true, latestCategory: .emotional, parentalFactors: .init())),
    ]
    let xml = text(try export(entries, year: 2013))
    let details = elementNames(String(xml[xml.range(of: "<CINdetails>")!.lowerBound...]))
    #expect(
        details == [
            "CINdetails", "CINreferralDate", "ReferralSource", "PrimaryNeedCode", "Assessments",
            "AssessmentActualStartDate", "AssessmentAuthorisationDate", "FactorsIdentifiedAtAssessment",
            "AssessmentFactors", "Section47", "S47ActualStartDate", "InitialCPCtarget", "DateOfInitialCPC",
            "ICPCnotRequired", "ReferralNFA", "ChildProtectionPlans", "CPPstartDate", "InitialCategoryOfAbuse",
            "LatestCategoryOfAbuse", "NumberOfPreviousCPP", "Reviews", "CPPreviewDate",
        ])
    // The s47 starts at its initiating strategy discussion; 15 WD from Mon 13 May 2013 is Tue 4 Jun 2013.
    #expect(xml.contains("<S47ActualStartDate>2013-05-13</S47ActualStartDate>"))
    #expect(xml.contains("<InitialCPCtarget>2013-06-04</InitialCPCtarget>"))
    #expect(xml.contains("<LatestCategoryOfAbuse>EMO</LatestCategoryOfAbuse>"))
    #expect(xml.contains("<ICPCnotRequired>false</ICPCnotRequired>"))
    #expect(xml.contains("<GenderCurrent>2</GenderCurrent>") && !xml.contains("<Sex>"))
}

@Test func modulesThatEndedBeforeTheYearAreLeftOutAndLaterEventsAreNotSeen() throws {
    let entries =
        referred("C1", "2012-05-01") + [
            E("C1", "2012-05-01", CinPlanStarted()), E("C1", "2013-03-01", CinPlanEnded(reason: .stepDown)),
            E("C1", "2013-05-01", CinPlanStarted()), E("C1", "2014-05-01", CinPlanEnded(reason: .stepDown)),
        ]
    let xml = text(try export(entries, year: 2013))
    #expect(!xml.contains("2012-05-01</CINPlanStartDate>"))
    #expect(xml.contains("<CINPlanStartDate>2013-05-01</CINPlanStartDate>"))
    #expect(!xml.contains("CINPlanEndDate"))  // ended after the reference date: open at 31 March
}

@Test func sexReplacesGenderCurrentFrom2024To25() throws {
    let xml = text(try export(referred("C1", "2024-05-01"), year: 2024))
    #expect(xml.contains("<Sex>F</Sex>") && !xml.contains("GenderCurrent"))
}

@Test func aChildThatCannotBeWrittenValidlyRefusesTheExportOrIsSkippedOnRequest() throws {
    let entries =
        referred("C1", "2013-05-01") + [
            E("C2", "2013-05-01", referral), E("C2", "2013-05-01", nfa),  // no ChildRegistered
            E("C3", "2013-05-01", registered), E("C3", "2013-05-01", CpPlanStarted(initialCategory: .neglect)),
            E("C3", "2013-06-01", referral), E("C3", "2013-06-01", nfa),
        ]
    #expect {
        try export(entries, year: 2013)
    } throws: { error in
        (error as? CensusExportError)?.invalidChildren.map(\.childId) == ["C2", "C3"]
    }
    let skipped = try export(entries, year: 2013, skipInvalid: true)
    #expect(skipped.children.map(\.childId) == ["C1"])
    #expect(skipped.invalidChildren.first { $0.childId == "C3" }?.reasons.first?.contains("position 6") == true)
}

@Test func aReferralWithFurtherActionNeedsAPrimaryNeedCode() throws {
    let entries = [
        E("C1", "2013-05-01", registered), E("C1", "2013-05-01", referral),
        E("C1", "2013-05-02", ReferralDecisionMade(outcome: .assessment)),
        E("C2", "2013-05-01", registered), E("C2", "2013-05-01", referral),
        E("C2", "2013-05-02", ReferralDecisionMade(outcome: .noFurtherAction)),
    ]
    // C1 has no ReferralDecisionMade NFA and no authorised assessment: ReferralNFA false without a need code.
    let result = try export(entries, year: 2013, skipInvalid: true)
    #expect(result.invalidChildren.map(\.childId) == ["C1"])
    #expect(text(result).contains("<ReferralNFA>true</ReferralNFA>"))
}

@Test func theReferralDecisionsNeedCodeStandsUntilAnAssessmentIsAuthorised() throws {
    let decided = ReferralDecisionMade(outcome: .assessment, primaryNeed: .familyInAcuteStress)
    let unassessed = [
        E("C1", "2013-05-01", registered), E("C1", "2013-05-01", referral), E("C1", "2013-05-02", decided),
    ]
    let pending = try export(unassessed, year: 2013)
    #expect(pending.invalidChildren.isEmpty)
    #expect(text(pending).contains("<PrimaryNeedCode>N4</PrimaryNeedCode>"))
    // The authorised assessment's N1 replaces the decision's N4 (the census records the need at assessment).
    let assessed =
        unassessed + [
            E("C1", "2013-05-03", AssessmentStarted(legalBasis: .section17)), E("C1", "2013-05-20", authorised),
        ]
    let xml = text(try export(assessed, year: 2013))
    #expect(xml.contains("<PrimaryNeedCode>N1</PrimaryNeedCode>"))
    #expect(!xml.contains("N4"))
    // An assessment that finds no need records no code: the decision's stands.
    let notInNeed = AssessmentAuthorised(
        childInNeed: false, factors: [.noFactorsIdentified], nextStep: .noFurtherAction)
    let closedAfter =
        unassessed + [
            E("C1", "2013-05-03", AssessmentStarted(legalBasis: .section17)), E("C1", "2013-05-20", notInNeed),
        ]
    #expect(text(try export(closedAfter, year: 2013)).contains("<PrimaryNeedCode>N4</PrimaryNeedCode>"))
}

@Test func aReferralAwaitingItsDecisionAt31MarchIsWrittenWithN0AndADecidedOneWithoutACodeIsRefused() throws {
    let pending = [E("C1", "2014-03-30", registered), E("C1", "2014-03-31", referral)]
    let awaiting = try export(pending, year: 2013)
    #expect(awaiting.invalidChildren.isEmpty)
    #expect(awaiting.awaitingDecisionCount == 1)
    #expect(text(awaiting).contains("<PrimaryNeedCode>N0</PrimaryNeedCode>"))
    // Decided on 1 April: not known at 31 March, so still awaiting in 2013-14.
    let decidedLater = pending + [E("C1", "2014-04-01", ReferralDecisionMade(outcome: .assessment))]
    #expect(try export(decidedLater, year: 2013).awaitingDecisionCount == 1)
    // Decided on 31 March to act, with no code: a decision whose need is missing, refused (not N0).
    let decided = pending + [E("C1", "2014-03-31", ReferralDecisionMade(outcome: .assessment))]
    #expect(try export(decided, year: 2013, skipInvalid: true).invalidChildren.map(\.childId) == ["C1"])
}

@Test func aNeedCodeOnADecisionOfNoFurtherActionIsRefused() {
    let decision = ReferralDecisionMade(outcome: .noFurtherAction, primaryNeed: .abuseOrNeglect)
    let envelope = EventEnvelope(
        eventId: "E1", childId: "C1", occurredOn: CivilDate(iso8601: "2013-05-02")!,
        recordedAt: Instant(iso8601: "2013-05-02T10:00:00Z")!, actor: Actor(recordedBy: "sw-1"))
    #expect(decision.issues(in: envelope).map(\.reason) == [.needWithoutAction])
    #expect(ReferralDecisionMade(outcome: .assessment, primaryNeed: .abuseOrNeglect).issues(in: envelope).isEmpty)
}

@Test func theSameLedgerGivesTheSameCensusBytes() throws {
    let entries = [
        E("C1", "2013-05-01", registered), E("C1", "2013-05-01", referral),
        E("C1", "2013-05-01", AssessmentStarted(legalBasis: .section17)), E("C1", "2013-05-02", authorised),
    ]
    #expect(try export(entries, year: 2013).document == export(entries, year: 2013).document)
}
