import Testing

@testable import LedgerCalendar

/// The Europe/London offset the tz-database table gives at `seconds` (inside `europeLondonTableSpan`),
/// looked up from `transitionIndex`, the count of transitions at or before the previous (smaller) `seconds`.
private func oracleOffsetSeconds(at seconds: Int64, transitionIndex: inout Int) -> Int {
    while transitionIndex < europeLondonTransitions.count,
        europeLondonTransitions[transitionIndex].secondsSinceEpoch <= seconds
    {
        transitionIndex += 1
    }
    return transitionIndex == 0
        ? europeLondonOffsetSecondsAtTableStart : europeLondonTransitions[transitionIndex - 1].offsetSeconds
}

/// The hand-written British Summer Time rule agrees with the IANA tz database (via Python's zoneinfo,
/// table generated once and committed) at every hour from 2009 to the end of 2037, and on both sides of
/// every clock change to the second. After 2037 the table says nothing.
@Test func londonOffsetAgreesWithTheTimeZoneDatabaseEveryHourFrom2009Through2037() {
    var instantsChecked = 0
    var disagreements: [Int64] = []
    let boundarySeconds = europeLondonTransitions.flatMap { [$0.secondsSinceEpoch - 1, $0.secondsSinceEpoch] }
    let hourlySeconds = stride(from: europeLondonTableSpan.lowerBound, to: europeLondonTableSpan.upperBound, by: 3_600)
    var transitionIndex = 0
    for seconds in (boundarySeconds + hourlySeconds).sorted() {
        instantsChecked += 1
        let expected = oracleOffsetSeconds(at: seconds, transitionIndex: &transitionIndex)
        if Instant(secondsSinceEpoch: seconds).londonOffsetSeconds != expected {
            disagreements.append(seconds)
        }
    }
    #expect(europeLondonTransitions.count == 2 * (2037 - 2009 + 1))
    #expect(instantsChecked == 2 * 58 + 254_208)
    #expect(disagreements.isEmpty, "first disagreements (seconds since epoch): \(disagreements.prefix(5))")
}
