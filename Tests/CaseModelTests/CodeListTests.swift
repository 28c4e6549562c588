import CaseModel
import Testing

/// Every code of a list, as (list name, code) pairs, so each failing code is named.
private func codes<Code: CodeList>(_ type: Code.Type) -> [String] { type.allCases.map(\.rawValue) }

struct CodeListTests {
    @Test func referralSourceMatchesTheCensusListIncluding5D() {
        #expect(
            codes(ReferralSource.self) == [
                "1A", "1B", "1C", "1D", "2A", "2B", "3A", "3B", "3C", "3D", "3E", "3F", "4", "5A", "5B", "5C", "5D",
                "6", "7", "8", "9", "10",
            ])
    }

    @Test func primaryNeedIsN0ToN9() {
        #expect(codes(PrimaryNeedCode.self) == (0...9).map { "N\($0)" })
    }

    @Test func reasonForClosureIsRC1ToRC9() {
        #expect(codes(ReasonForClosure.self) == (1...9).map { "RC\($0)" })
    }

    @Test func categoryOfAbuseCodes() {
        #expect(codes(CategoryOfAbuse.self) == ["NEG", "PHY", "SAB", "EMO", "MUL"])
    }

    @Test func assessmentFactorsMatchTheCensusList() {
        let expected =
            [
                "1A", "1B", "1C", "2A", "2B", "2C", "3A", "3B", "3C", "4A", "4B", "4C", "5A", "5B", "5C", "6A", "6B",
                "6C",
            ]
            + ["7A", "8B", "8C", "8D", "8E", "8F", "9A", "10A", "11A", "12A", "13A", "14A", "15A", "16A", "17A"]
            + ["18A", "18B", "18C", "19A", "19B", "19C", "20", "21", "22A", "23A", "24A"]
        #expect(codes(AssessmentFactor.self) == expected)
        #expect(AssessmentFactor.allCases.filter(\.isLegacy) == [.legacyPhysicalAbuse, .legacySexualAbuse])
    }

    @Test func characteristicCodes() {
        #expect(
            codes(Ethnicity.self) == [
                "WBRI", "WIRI", "WIRT", "WOTH", "WROM", "MWBC", "MWBA", "MWAS", "MOTH", "AIND", "APKN", "ABAN", "AOTH",
                "BCRB", "BAFR", "BOTH", "CHNE", "OOTH", "REFU", "NOBT",
            ])
        #expect(
            codes(Disability.self) == [
                "NONE", "MOB", "HAND", "PC", "INC", "COMM", "LD", "HEAR", "VIS", "BEH", "CON", "AUT", "DDA",
            ])
        #expect(codes(Sex.self) == ["M", "F", "U"])
        #expect(codes(GenderCurrent.self) == ["0", "1", "2", "9"])
    }

    @Test(arguments: ["1a", "5E", "11", "", " 6", "N10", "RC0"])
    func unknownReferralSourceIsRefusedNamingFieldAndValue(text: String) {
        #expect(throws: UnknownCodeError(list: "ReferralSource", field: "data.source", value: text)) {
            try ReferralSource(code: text, field: "data.source")
        }
    }

    @Test func unknownCodeErrorTruncatesLongValues() {
        let error = UnknownCodeError(list: "Sex", field: "data.sex", value: String(repeating: "x", count: 100))
        #expect(error.value.count == UnknownCodeError.valueDisplayLengthMax)
    }

    @Test(arguments: [
        ("ReferralReceived", "source", "5E"), ("CaseClosed", "reason", "RC10"),
        ("CpCategoryChanged", "latestCategory", "neg"),
        ("ReferralDecisionMade", "outcome", "NFA"),
    ])
    func unknownCodeInEventJSONIsATypedError(typeName: String, field: String, value: String) {
        let json = """
            {"eventId":"E-1","childId":"C-1","occurredOn":"2013-05-13","recordedAt":"2013-05-13T10:00:00Z",
             "actor":{"recordedBy":"sw-1"},"type":"\(typeName)","schemaVersion":1,"data":{"\(field)":"\(value)"}}
            """
        #expect(throws: CaseEventError(kind: .unknownCode, path: "data.\(field)", value: value, typeName: typeName)) {
            try CaseEvent.decode(jsonBytes: Array(json.utf8))
        }
    }

    @Test func unknownFactorInAListNamesItsIndex() {
        let json = """
            {"eventId":"E-1","childId":"C-1","occurredOn":"2013-05-13","recordedAt":"2013-05-13T10:00:00Z",
             "actor":{"recordedBy":"sw-1"},"type":"AssessmentAuthorised","schemaVersion":1,
             "data":{"childInNeed":true,"factors":["1B","25A"],"nextStep":"cinPlan"}}
            """
        #expect(
            throws: CaseEventError(
                kind: .unknownCode, path: "data.factors[1]", value: "25A", typeName: "AssessmentAuthorised")
        ) { try CaseEvent.decode(jsonBytes: Array(json.utf8)) }
    }
}
