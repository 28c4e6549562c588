import SeededRandom
import Testing

@testable import TextFormats

@Test func writerQuotesOnlyWhenNeeded() {
    let text = CSVWriter().encode([["plain", "with,comma", "with \"quote\"", "two\nlines", "cr\r", ""], [""]])
    #expect(text == "plain,\"with,comma\",\"with \"\"quote\"\"\",\"two\nlines\",\"cr\r\",\r\n\"\"\r\n")
}

@Test func writerUsesTheChosenLineEnding() {
    #expect(CSVWriter(lineEnding: .lf).encode([["a", "b"], ["c", "d"]]) == "a,b\nc,d\n")
    #expect(CSVWriter(lineEnding: .crlf).encode([["a", "b"]]) == "a,b\r\n")
}

@Test(arguments: [CSVWriter.LineEnding.crlf, .lf])
func writtenRecordsReadBackUnchanged(lineEnding: CSVWriter.LineEnding) throws {
    var generator = SplitMix64(seed: 4180)
    let alphabet: [Character] = ["a", ",", "\"", "\n", "\r", " ", "é", "😀"]
    let records = (0..<100).map { _ in
        (0..<Int.random(in: 1...4, using: &generator)).map { _ in
            String(
                (0..<Int.random(in: 0...5, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! })
        }
    }
    var reader = CSVReader(text: CSVWriter(lineEnding: lineEnding).encode(records))
    let read = try reader.readAll().map { $0.fields.map(CSVFormulaGuard.restored) }
    #expect(read == records, "seed 4180")
}
