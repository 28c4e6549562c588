import SeededRandom
import Testing

@testable import TextFormats

@Test(arguments: ["=cmd|' /C calc'!A0", "+1+1", "-2+3", "@SUM(A1)", "\tx", "\rx", "-", "'=x", "''@x"])
func csvCellsASpreadsheetWouldRunAreWrittenWithAnApostrophe(cell: String) {
    #expect(CSVFormulaGuard.neutralised(cell) == "'" + cell)
    #expect(CSVWriter(lineEnding: .lf).encode([[cell, "b"]]).hasPrefix("'") || cell.contains("\r"))
}

@Test(arguments: ["plain", "-3", "+1.5", "-0.25", "", "a=b", "'quoted", "C-001"])
func csvCellsThatAreNotFormulasAreWrittenAsTheyAre(cell: String) {
    #expect(CSVFormulaGuard.neutralised(cell) == cell)
    #expect(CSVFormulaGuard.restored(cell) == cell)
}

@Test func restoringANeutralisedCellGivesItBackForEveryCellOfASeededAlphabet() {
    var generator = SplitMix64(seed: 1_004)
    let alphabet: [Character] = ["'", "=", "+", "-", "@", "\t", "\r", "1", ".", "a"]
    for _ in 0..<2_000 {
        let cell = String(
            (0..<Int.random(in: 0...5, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! })
        let written = CSVFormulaGuard.neutralised(cell)
        #expect(CSVFormulaGuard.restored(written) == cell, "seed 1004, cell \(cell.debugDescription)")
        if let first = written.utf8.first, CSVFormulaGuard.triggerBytes.contains(first) {
            let rest = written.dropFirst()
            #expect(
                rest.contains(where: \.isNumber) && rest.allSatisfy { $0.isNumber || $0 == "." },
                "only a number may start with a trigger, seed 1004, cell \(cell.debugDescription)")
        }
    }
}

@Test(arguments: [
    ("child-\u{1B}]0;pwned\u{07}", "child-\\x1B]0;pwned\\x07"), ("a\nb\tc", "a\\x0Ab\\x09c"), ("\u{9B}31m", "\\x9B31m"),
    ("C\u{202E}1", "C\\u{202E}1"), ("plain-id é 😀", "plain-id é 😀"), ("back\\slash", "back\\slash"),
])
func terminalTextEscapesControlCharactersOnly(text: String, expected: String) {
    #expect(TerminalText.escaped(text) == expected)
}
