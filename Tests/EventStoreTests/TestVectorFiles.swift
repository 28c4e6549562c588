import Foundation

/// The text of a file in `Tests/TestVectors` (published test vectors, with their sources in its README),
/// found from `#filePath`.
func testVectorFile(_ name: String, filePath: String = #filePath) throws -> String {
    let directory = URL(fileURLWithPath: filePath).deletingLastPathComponent().deletingLastPathComponent()
    return try String(contentsOf: directory.appendingPathComponent("TestVectors/\(name)"), encoding: .utf8)
}
