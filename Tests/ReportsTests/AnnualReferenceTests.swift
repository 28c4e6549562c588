import Reports
import Testing

private func parse(_ text: String) throws(AnnualReferenceError) -> AnnualReference {
    try AnnualReference.parse(Array(text.utf8))
}

private let header = #""format":"caseledger-annual-reference","version":1"#

@Test func referenceFileGivesPopulationComparatorsAndItsHash() throws {
    let reference = try parse(
        #"{\#(header),"populationSource":"ONS","population0to17":[{"year":"2014/15","count":52700}],"#
            + #""comparators":[{"figure":"cpp-at-31-march-rate","group":"SN","year":"2014-15","value":40.7}]}"#)
    #expect(reference.population.values.first == 52_700)
    #expect(reference.comparators.map(\.value) == ["40.7"])
    #expect(reference.sha256.count == 64)
}

@Test(arguments: [
    (#"{"format":"other","version":1,"population0to17":[]}"#, "format"),
    (#"{\#(header),"population0to17":{}}"#, "population0to17"),
    (#"{\#(header),"population0to17":[{"year":"2014-16","count":1}]}"#, "population0to17[0].year"),
    (#"{\#(header),"population0to17":[{"year":"2014-15","count":0}]}"#, "population0to17[0].count"),
    (
        #"{\#(header),"population0to17":[{"year":"2014-15","count":1},{"year":"2014/15","count":2}]}"#,
        "population0to17[1].year"
    ),
    (
        #"{\#(header),"population0to17":[],"comparators":[{"figure":"nope","group":"SN","year":"2014-15","value":1}]}"#,
        "comparators[0].figure"
    ),
    (
        #"{\#(header),"population0to17":[],"comparators":[{"figure":"referrals","group":"SN","year":"2014-15","value":"1"}]}"#,
        "comparators[0].value"
    ),
    ("not json", "(document)"),
])
func badReferenceFileIsRefusedNamingTheField(text: String, field: String) {
    #expect {
        try parse(text)
    } throws: { error in
        (error as? AnnualReferenceError)?.field == field
    }
}
