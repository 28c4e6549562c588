import CaseModel
import LedgerCalendar
import TextFormats

/// Writes the CIN census `Message` document: elements in the schema's sequence order (DOMAIN.md §6.1),
/// dates as `xs:date`, yes/no as `true`/`false` only, and no time but the header's `DateTime`.
enum CensusXML {
    /// The software named in the header.
    static let softwareCode = "CaseLedger"
    static let release = "0.1.0"

    static func document(children: [CensusChild], year: FinancialYear, localAuthority: String, generatedAt: String)
        throws(XMLError) -> [UInt8]
    {
        var xml = XMLWriter(indentSpaces: 2)
        try xml.startElement("Message")
        try header(&xml, year: year, localAuthority: localAuthority, generatedAt: generatedAt)
        try xml.startElement("Children")
        for child in children { try write(child, year: year, to: &xml) }
        try xml.endElement()
        try xml.endElement()
        return try xml.finish()
    }

    private static func header(_ xml: inout XMLWriter, year: FinancialYear, localAuthority: String, generatedAt: String)
        throws(XMLError)
    {
        try xml.startElement("Header")
        try xml.startElement("CollectionDetails")
        try xml.element("Collection", text: "CIN")
        try xml.element("Year", text: String(year.startYear + 1))
        try xml.element("ReferenceDate", text: year.lastDay.description)
        try xml.endElement()
        try xml.startElement("Source")
        for (name, value) in [
            ("SourceLevel", "L"), ("LEA", localAuthority), ("SoftwareCode", softwareCode), ("Release", release),
            ("SerialNo", "1"), ("DateTime", generatedAt),
        ] {
            try xml.element(name, text: value)
        }
        try xml.endElement()
        try xml.endElement()
    }

    private static func write(_ child: CensusChild, year: FinancialYear, to xml: inout XMLWriter) throws(XMLError) {
        try xml.startElement("Child")
        try xml.startElement("ChildIdentifiers")
        try xml.element("LAchildID", text: child.childId)
        let registration = child.registration
        try optional("PersonBirthDate", registration?.birthDate, &xml)
        try optional("ExpectedPersonBirthDate", registration?.expectedBirthDate, &xml)
        if year.startYear >= CensusChild.sexFromStartYear {
            try xml.element("Sex", text: registration?.sex?.rawValue ?? "U")
        } else {
            try xml.element("GenderCurrent", text: registration?.genderCurrent?.rawValue ?? "0")
        }
        try optional("PersonDeathDate", child.deathDate, &xml)
        try xml.endElement()
        try xml.startElement("ChildCharacteristics")
        try xml.element("Ethnicity", text: registration?.ethnicity.rawValue ?? "NOBT")
        if let disabilities = registration?.disabilities, !disabilities.isEmpty {
            try xml.startElement("Disabilities")
            for disability in disabilities { try xml.element("Disability", text: disability.rawValue) }
            try xml.endElement()
        }
        try xml.endElement()
        for episode in child.episodes { try write(episode, to: &xml) }
        try xml.endElement()
    }

    private static func write(_ episode: CensusChild.Episode, to xml: inout XMLWriter) throws(XMLError) {
        try xml.startElement("CINdetails")
        try xml.element("CINreferralDate", text: episode.referralDate.description)
        try xml.element("ReferralSource", text: episode.referralSource.rawValue)
        try optional("PrimaryNeedCode", episode.primaryNeed?.rawValue, &xml)
        try optional("CINclosureDate", episode.closureDate, &xml)
        try optional("ReasonForClosure", episode.closureReason?.rawValue, &xml)
        for assessment in episode.assessments { try write(assessment, to: &xml) }
        for plan in episode.cinPlans {
            try xml.startElement("CINPlanDates")
            try xml.element("CINPlanStartDate", text: plan.startDate.description)
            try optional("CINPlanEndDate", plan.endDate, &xml)
            try xml.endElement()
        }
        for enquiry in episode.section47s {
            try xml.startElement("Section47")
            try xml.element("S47ActualStartDate", text: enquiry.startDate.description)
            try xml.element("InitialCPCtarget", text: enquiry.initialConferenceTarget.description)
            try optional("DateOfInitialCPC", enquiry.initialConferenceDate, &xml)
            try xml.element("ICPCnotRequired", text: String(enquiry.initialConferenceNotRequired))
            try xml.endElement()
        }
        try xml.element("ReferralNFA", text: String(episode.referralNFA))
        for plan in episode.protectionPlans { try write(plan, to: &xml) }
        try xml.endElement()
    }

    private static func write(_ assessment: CensusChild.Assessment, to xml: inout XMLWriter) throws(XMLError) {
        try xml.startElement("Assessments")
        try xml.element("AssessmentActualStartDate", text: assessment.startDate.description)
        try optional("AssessmentInternalReviewDate", assessment.internalReviewDate, &xml)
        try optional("AssessmentAuthorisationDate", assessment.authorisationDate, &xml)
        if !assessment.factors.isEmpty {
            try xml.startElement("FactorsIdentifiedAtAssessment")
            for factor in assessment.factors { try xml.element("AssessmentFactors", text: factor.rawValue) }
            try xml.endElement()
        }
        try xml.endElement()
    }

    private static func write(_ plan: CensusChild.ProtectionPlan, to xml: inout XMLWriter) throws(XMLError) {
        try xml.startElement("ChildProtectionPlans")
        try xml.element("CPPstartDate", text: plan.startDate.description)
        try optional("CPPendDate", plan.endDate, &xml)
        try xml.element("InitialCategoryOfAbuse", text: plan.initialCategory.rawValue)
        try xml.element("LatestCategoryOfAbuse", text: plan.latestCategory.rawValue)
        try xml.element("NumberOfPreviousCPP", text: String(plan.previousPlanCount))
        if !plan.reviewDates.isEmpty {
            try xml.startElement("Reviews")
            for date in plan.reviewDates { try xml.element("CPPreviewDate", text: date.description) }
            try xml.endElement()
        }
        try xml.endElement()
    }

    private static func optional(_ name: String, _ value: (some CustomStringConvertible)?, _ xml: inout XMLWriter)
        throws(XMLError)
    {
        guard let value else { return }
        try xml.element(name, text: value.description)
    }
}
