import Foundation
import Reports
import Testing

@Test func everyAnnualFigureIsDocumentedWithItsDefinitionAndSource() throws {
    let docs = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("docs/annual-figures.md")
    let text = try String(contentsOf: docs, encoding: .utf8)
    #expect(text.contains(AnnualFigure.definitionsVersion))
    for figure in AnnualFigure.all {
        #expect(text.contains("| `\(figure.id)` | \(figure.definition) | \(figure.source) |"), "\(figure.id)")
    }
}

@Test func figureIDsAreUniqueAndPercentagesReferToCountedFigures() {
    #expect(Set(AnnualFigure.all.map(\.id)).count == AnnualFigure.all.count)
    for figure in AnnualFigure.all {
        switch figure.kind {
        case .percent(let numerator, let denominator):
            #expect(AnnualFigure.named(numerator)?.isCounted == true, "\(figure.id)")
            #expect(AnnualFigure.named(denominator)?.isCounted == true, "\(figure.id)")
        case .ratePer10000(let numerator):
            #expect(AnnualFigure.named(numerator)?.isCounted == true, "\(figure.id)")
        case .count, .snapshot: break
        }
    }
}
