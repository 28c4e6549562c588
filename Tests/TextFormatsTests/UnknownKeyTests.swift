import Testing

@testable import TextFormats

private struct Team: Codable, Equatable {
    var teamId: String?
    var members: [Member]
}

private struct Member: Codable, Equatable {
    var name: String
}

private struct Wrapper: Codable, Equatable {
    var team: Team
    var extra: JSONValue?
}

@Suite struct UnknownKeyTests {
    private func parse(_ text: String) throws -> JSONValue { try JSONParser.parse(Array(text.utf8)) }

    private var strict: JSONValueDecoder {
        var decoder = JSONValueDecoder()
        decoder.rejectsUnknownKeys = true
        return decoder
    }

    @Test(arguments: [
        (#"{"team":{"teamID":"north","members":[]}}"#, "team", "teamID"),
        (#"{"team":{"members":[{"name":"a","nmae":"b"}]}}"#, "team.members[0]", "nmae"),
        (#"{"team":{"members":[]},"tem":1}"#, "$", "tem"),
    ])
    func strictDecodingNamesTheObjectAndTheUnknownKey(text: String, path: String, key: String) throws {
        let value = try parse(text)
        #expect(throws: JSONDecodingError(path: path, reason: .unknownKey(key))) {
            try strict.decode(Wrapper.self, from: value)
        }
        #expect(throws: Never.self) { try JSONValueDecoder().decode(Wrapper.self, from: value) }
    }

    @Test func keysReadAsAbsentOrNullAndWholeJSONValuesAreNotUnknown() throws {
        let value = try parse(#"{"team":{"teamId":null,"members":[]},"extra":{"anything":[1]}}"#)
        let decoded = try strict.decode(Wrapper.self, from: value)
        #expect(decoded.team.teamId == nil && decoded.extra != nil)
    }
}
