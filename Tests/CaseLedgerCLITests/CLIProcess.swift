import Foundation
import Testing

/// What one run of the built `caseledger` binary produced.
struct CLIResult: Sendable {
    /// The process exit status.
    var exitStatus: Int32
    /// Everything written to standard output.
    var output: String
    /// Everything written to standard error.
    var errorOutput: String
}

/// Runs the built `caseledger` binary in a fresh temporary directory, one per test.
///
/// The binary is found beside the running test bundle (SwiftPM's products directory, which holds
/// `caseledger` because the test target depends on it), falling back to `.build/debug` under the
/// package root found from `#filePath`.
final class CLIProcess {
    /// The test's own directory, removed when the value goes away.
    let directory: URL

    init() throws {
        directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("caseledger-cli-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: directory)
    }

    /// A path inside the test's directory.
    func path(_ name: String) -> String {
        directory.appendingPathComponent(name).path
    }

    /// The user every run reads as (`CASELEDGER_USER`, docs/access-audit.md) unless `environment` says otherwise.
    static let testUser = "cli-test-user"

    /// Runs `caseledger` (or `executable`) with `arguments`, feeding `input` to standard input. With
    /// `outputIsWritable` false, standard output is a descriptor opened read-only, so every write to it fails.
    /// The environment is the test's, with `CASELEDGER_USER` set to `testUser`, then `environment` applied (a
    /// nil value removes the variable).
    func run(
        _ arguments: [String], input: String = "", outputIsWritable: Bool = true, executable: URL? = nil,
        environment: [String: String?] = [:]
    ) throws -> CLIResult {
        let outputURL = directory.appendingPathComponent("stdout-\(UUID().uuidString)")
        let errorURL = directory.appendingPathComponent("stderr-\(UUID().uuidString)")
        let inputURL = directory.appendingPathComponent("stdin-\(UUID().uuidString)")
        try Data(input.utf8).write(to: inputURL)
        try Data().write(to: outputURL)
        try Data().write(to: errorURL)
        let process = Process()
        process.executableURL = try executable ?? Self.binaryURL()
        process.arguments = arguments
        var variables = ProcessInfo.processInfo.environment
        variables["CASELEDGER_USER"] = Self.testUser
        for (name, value) in environment { variables[name] = value }
        process.environment = variables
        process.currentDirectoryURL = directory
        process.standardInput = try FileHandle(forReadingFrom: inputURL)
        process.standardOutput =
            outputIsWritable ? try FileHandle(forWritingTo: outputURL) : try FileHandle(forReadingFrom: outputURL)
        process.standardError = try FileHandle(forWritingTo: errorURL)
        try process.run()
        process.waitUntilExit()
        return CLIResult(
            exitStatus: process.terminationStatus,
            output: try String(contentsOf: outputURL, encoding: .utf8),
            errorOutput: try String(contentsOf: errorURL, encoding: .utf8))
    }

    static func binaryURL() throws -> URL {
        let besideTests = Bundle.main.bundleURL.appendingPathComponent("caseledger")
        let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let candidates = [
            besideTests,
            besideTests.deletingLastPathComponent().deletingLastPathComponent()
                .appendingPathComponent("caseledger"), packageRoot.appendingPathComponent(".build/debug/caseledger"),
        ]
        return try #require(
            candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) },
            "built caseledger binary not found; looked at \(candidates.map(\.path))")
    }
}
