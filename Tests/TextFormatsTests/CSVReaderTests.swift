import Testing

@testable import TextFormats

#if canImport(Glibc)
    import Glibc
#endif

private func records(_ text: String) throws -> [[String]] {
    var reader = CSVReader(text: text)
    return try reader.readAll().map(\.fields)
}

// RFC 4180 §2, rules 1, 2, 5, 6 and 7, with their examples.
@Test(arguments: [
    ("aaa,bbb,ccc\r\nzzz,yyy,xxx\r\n", [["aaa", "bbb", "ccc"], ["zzz", "yyy", "xxx"]]),
    ("aaa,bbb,ccc\r\nzzz,yyy,xxx", [["aaa", "bbb", "ccc"], ["zzz", "yyy", "xxx"]]),
    ("\"aaa\",\"bbb\",\"ccc\"\r\nzzz,yyy,xxx", [["aaa", "bbb", "ccc"], ["zzz", "yyy", "xxx"]]),
    ("\"aaa\",\"b\r\nbb\",\"ccc\"\r\nzzz,yyy,xxx", [["aaa", "b\r\nbb", "ccc"], ["zzz", "yyy", "xxx"]]),
    ("\"aaa\",\"b\"\"bb\",\"ccc\"", [["aaa", "b\"bb", "ccc"]]),
])
func rfc4180ExamplesParse(text: String, expected: [[String]]) throws {
    #expect(try records(text) == expected)
}

@Test func edgeCasesParse() throws {
    #expect(try records("\u{FEFF}a,b\n") == [["a", "b"]])
    #expect(try records(",\n,,\n") == [["", ""], ["", "", ""]])
    #expect(try records("a\n\n\r\nb\n") == [["a"], ["b"]])
    #expect(try records("\"\"\n") == [[""]])
    #expect(try records("é, x ,\"😀,\"\n") == [["é", " x ", "😀,"]])
    #expect(try records("") == [])
}

@Test func recordsCarryTheLineTheyStartOn() throws {
    var reader = CSVReader(text: "h1,h2\n\"multi\nline\",x\r\n\nlast,y")
    #expect(try reader.readAll().map(\.line) == [1, 2, 5])
}

@Test(arguments: [
    ("a,b\nc,\"open\nstill open", 2, CSVError.Reason.unterminatedQuote),
    ("a,b\nc,d\"e\n", 2, .strayQuote),
    ("a,\"b\"c\n", 1, .textAfterClosingQuote),
    ("a\rb\n", 1, .bareCarriageReturn),
    ("ok\n\"x\ny\"\nbad\"\n", 4, .strayQuote),
])
func syntaxErrorsReportTheirLine(text: String, line: Int, reason: CSVError.Reason) {
    #expect(throws: CSVError(line: line, reason: reason)) { try records(text) }
}

@Test func invalidUTF8IsRefused() {
    var reader = CSVReader(bytes: [UInt8(ascii: "a"), 0x0A, 0xC3, 0x28, 0x0A])
    #expect(throws: CSVError(line: 2, reason: .invalidUTF8)) { try reader.readAll() }
}

@Test func overLongRecordsAreRefused() {
    let field = String(repeating: "x", count: CSVReader.recordSizeBytesMax / 2 + 1)
    #expect(throws: CSVError(line: 1, reason: .recordTooLarge)) { try records("\(field),\(field)\n") }
    #expect(throws: CSVError(line: 1, reason: .recordTooLarge)) {
        try records(String(repeating: ",", count: CSVReader.fieldCountMax))
    }
}

private let chunkedSample = "\u{FEFF}id,note\r\n1,\"a, \"\"b\"\"\r\nc\"\r\n2,é😀\n\n3,\"\"\n"

/// Splitting the input at every chunk size must not change the records or their lines.
@Test(arguments: 1...24)
func everyChunkSizeGivesTheSameRecords(chunkSizeBytes: Int) throws {
    let bytes = Array(chunkedSample.utf8)
    var offset = 0
    var reader = CSVReader(readChunk: { () throws(CSVError) -> [UInt8]? in
        defer { offset = min(offset + chunkSizeBytes, bytes.count) }
        return Array(bytes[offset..<min(offset + chunkSizeBytes, bytes.count)])
    })
    let read = try reader.readAll()
    #expect(read.map(\.fields) == [["id", "note"], ["1", "a, \"b\"\r\nc"], ["2", "é😀"], ["3", ""]])
    #expect(read.map(\.line) == [1, 2, 4, 6])
}

@Test func tableChecksFieldCountsAndExposesColumns() throws {
    var table = try CSVTable(reader: CSVReader(text: "child_id,dob\nC1,2013-04-05\nC2\n"))
    #expect(table.header == ["child_id", "dob"])
    let first = try #require(try table.nextRow())
    #expect(first["dob"] == "2013-04-05")
    #expect(first[0] == "C1")
    #expect(first["missing"] == nil)
    #expect(first.dictionary == ["child_id": "C1", "dob": "2013-04-05"])
    #expect(throws: CSVError(line: 3, reason: .fieldCountMismatch(expected: 2, found: 1))) { try table.nextRow() }
}

@Test func tableRefusesMissingOrDuplicateHeaders() {
    #expect(throws: CSVError(line: 1, reason: .missingHeader)) { try CSVTable(reader: CSVReader(text: "\n")) }
    #expect(throws: CSVError(line: 1, reason: .duplicateColumn("a"))) {
        try CSVTable(reader: CSVReader(text: "a,b,a\n"))
    }
}

@Test func largeInputsStreamAcrossChunkBoundaries() throws {
    let recordCount = 50_000
    var output: [UInt8] = []
    let writer = CSVWriter(lineEnding: .lf)
    for index in 0..<recordCount { writer.appendRecord(["\(index)", "note, \(index)", "x\"y"], to: &output) }
    let chunkSizeBytes = 4_093  // prime, so records, quotes and line ends straddle chunk boundaries
    var offset = 0
    var reader = CSVReader(readChunk: { () throws(CSVError) -> [UInt8]? in
        guard offset < output.count else { return nil }
        let end = min(offset + chunkSizeBytes, output.count)
        defer { offset = end }
        return Array(output[offset..<end])
    })
    var count = 0
    while let record = try reader.next() {
        #expect(record.fields == ["\(count)", "note, \(count)", "x\"y"])
        #expect(record.line == count + 1)
        count += 1
    }
    #expect(count == recordCount)
}

@Test func aChunkSourceFailureIsReportedAtTheLineBeingRead() {
    var served = false
    var reader = CSVReader(readChunk: { () throws(CSVError) -> [UInt8]? in
        guard !served else { throw CSVError(line: 0, reason: .readFailed(errno: EIO)) }
        served = true
        return Array("a,b\nc,".utf8)
    })
    #expect(throws: Never.self) { try reader.next() }
    #expect(throws: CSVError(line: 2, reason: .readFailed(errno: EIO))) { try reader.next() }
}
