/// Where `--save NAME` writes a report: `Tools/caseledger-bench/Baselines/NAME.txt` in the package
/// that contains the current directory (found by walking up to `Package.swift`).
enum BaselineFile {
    /// The folder of saved results, relative to the package root.
    static let folder = "Tools/caseledger-bench/Baselines"
    /// Longest accepted name.
    static let nameSizeBytesMax = 64

    /// The file path for `name`.
    /// - Throws: `BenchError` (`invalidArgument`) if `name` is not 1–64 letters, digits, `.`, `-` or `_`
    ///   starting with a letter or digit, or if no package with the Baselines folder contains the
    ///   current directory.
    static func path(for name: String) throws(BenchError) -> String {
        let scalars = Array(name.unicodeScalars)
        let isWellFormed =
            (1...nameSizeBytesMax).contains(scalars.count) && isLetterOrDigit(scalars[0])
            && scalars.allSatisfy { isLetterOrDigit($0) || "._-".unicodeScalars.contains($0) }
        guard isWellFormed else {
            let shown = name.prefix(nameSizeBytesMax)
            throw BenchError(
                code: .invalidArgument,
                message: "--save: '\(shown)' is not a valid baseline name (letters, digits, '.', '-', '_')")
        }
        let start = TextFile.currentDirectory()
        guard let root = TextFile.findUpward(folder, from: start) else {
            throw BenchError(
                code: .invalidArgument, message: "--save: no \(folder) above \(start); run from the package")
        }
        return root + "/" + folder + "/" + name + ".txt"
    }

    private static func isLetterOrDigit(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
    }
}
