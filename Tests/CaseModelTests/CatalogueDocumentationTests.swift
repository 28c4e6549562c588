import CaseModel
import Foundation
import Testing

/// `docs/event-catalogue.md` documents every type of `EventCatalogue.types` (read from this repository).
struct CatalogueDocumentationTests {
    static let catalogueDocPath = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("docs/event-catalogue.md").path

    @Test(arguments: EventCatalogue.types.map { $0.typeName })
    func everyCatalogueTypeHasARowInTheCatalogueDoc(typeName: String) throws {
        let text = try String(contentsOfFile: Self.catalogueDocPath, encoding: .utf8)
        #expect(text.contains("| `\(typeName)`") || text.contains("| ⁺`\(typeName)`"))
    }
}
