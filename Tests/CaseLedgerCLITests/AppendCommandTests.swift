import Foundation
import Testing

@Test(arguments: [(["--expected-version", "no-stream"], 0), (["--expected-version", "0"], 1)])
func appendWithMatchingExpectedVersionSucceeds(extra: [String], appendsBefore: Int) throws {
    let fixture = try LedgerFixture()
    for _ in 0..<appendsBefore { try fixture.append(stream: "s", type: "t", payload: "{}") }
    try fixture.append(stream: "s", type: "t", payload: "{}", extra)
}

@Test(arguments: [["--expected-version", "no-stream"], ["--expected-version", "5"]])
func appendWithStaleExpectedVersionIsATemporaryFailure(extra: [String]) throws {
    let fixture = try LedgerFixture()
    try fixture.append(stream: "s", type: "t", payload: "{}")
    let result = try fixture.run("append", ["--stream", "s", "--type", "t", "--payload", "{}"] + extra)
    #expect(result.exitStatus == 75)
    #expect(result.errorOutput.hasPrefix("caseledger append: error: "))
    #expect(result.output.isEmpty)
}

@Test func appendRetriedWithTheSameSourceIDReturnsTheOriginalReceipt() throws {
    let fixture = try LedgerFixture()
    let first = try fixture.append(stream: "s", type: "t", payload: "{}", ["--source-id", "cs-1", "--json"])
    let retry = try fixture.append(stream: "s", type: "t", payload: "{}", ["--source-id", "cs-1", "--json"])
    #expect(retry.output == first.output)
    let info = try #require(try LedgerFixture.jsonLines(try fixture.run("info", ["--json"]).output).first)
    #expect(info["recordCount"] as? Int == 1)
}

@Test func appendReusingASourceIDForOtherContentIsADataError() throws {
    let fixture = try LedgerFixture()
    try fixture.append(stream: "s", type: "t", payload: "1", ["--source-id", "cs-1"])
    let result = try fixture.run("append", ["--stream", "s", "--type", "t", "--payload", "2", "--source-id", "cs-1"])
    #expect(result.exitStatus == 65)
}

@Test func appendReadsThePayloadFromAFileOrStandardInput() throws {
    let fixture = try LedgerFixture()
    let file = fixture.process.path("payload.json")
    try Data(#"{"from":"file"}"#.utf8).write(to: URL(fileURLWithPath: file))
    let fromFile = try fixture.run("append", ["--stream", "s", "--type", "t", "--payload-file", file])
    let fromInput = try fixture.run(
        "append", ["--stream", "s", "--type", "t", "--payload-file", "-"], input: #"{"from":"stdin"}"#)
    #expect(fromFile.exitStatus == 0)
    #expect(fromInput.exitStatus == 0)
    let records = try LedgerFixture.jsonLines(try fixture.run("read", ["--json"]).output)
    #expect(records.map { $0["payload"] as? String } == [#"{"from":"file"}"#, #"{"from":"stdin"}"#])
}

@Test func appendRefusesAPayloadThatIsNotJSONWithoutEchoingIt() throws {
    let fixture = try LedgerFixture()
    let result = try fixture.run("append", ["--stream", "s", "--type", "t", "--payload", "{secret: 1}"])
    #expect(result.exitStatus == 65)
    #expect(result.errorOutput.hasPrefix("caseledger append: error: --payload is not valid JSON: "))
    #expect(!result.errorOutput.contains("secret"))
}

@Test func appendOfAMissingPayloadFileIsNotFound() throws {
    let fixture = try LedgerFixture()
    let result = try fixture.run(
        "append", ["--stream", "s", "--type", "t", "--payload-file", fixture.process.path("absent.json")])
    #expect(result.exitStatus == 66)
}

@Test(arguments: [
    (["--payload", "{}", "--payload-file", "x"], "option '--payload' cannot be combined with '--payload-file'"),
    ([], "missing one of '--payload', '--payload-file'"),
    (
        ["--payload", "{}", "--expected-version", "latest"],
        "invalid value 'latest' (expected any, no-stream or a version number)"
    ),
])
func appendWithBadPayloadOrVersionOptionsIsAUsageError(extra: [String], message: String) throws {
    let fixture = try LedgerFixture()
    let result = try fixture.run("append", ["--stream", "s", "--type", "t"] + extra)
    #expect(result.exitStatus == 64)
    #expect(result.errorOutput.hasPrefix("caseledger append: error: \(message)\n"))
}

@Test func appendRefusesAPayloadFileOverTheRecordSizeLimit() throws {
    let fixture = try LedgerFixture()
    let file = fixture.process.path("large.json")
    let oversized = "\"" + String(repeating: "x", count: 1 << 20) + "\""
    try Data(oversized.utf8).write(to: URL(fileURLWithPath: file))
    let result = try fixture.run("append", ["--stream", "s", "--type", "t", "--payload-file", file])
    #expect(result.exitStatus == 65)
    #expect(
        result.errorOutput == "caseledger append: error: file \(file) is larger than the 1048576-byte limit\n")
}
