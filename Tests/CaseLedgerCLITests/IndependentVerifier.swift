import Foundation
import Testing

/// The Python tools in `Tools/verify-ledger` (the independent verifier and the forger), run with `python3`
/// from `PATH` in the test's directory.
enum IndependentVerifier {
    /// `Tools/verify-ledger`, found from `#filePath`.
    static let toolDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Tools/verify-ledger")

    /// Runs `Tools/verify-ledger/<script> <arguments>`.
    static func run(_ process: CLIProcess, _ script: String, _ arguments: [String]) throws -> CLIResult {
        try process.run(
            ["python3", "-B", toolDirectory.appendingPathComponent(script).path] + arguments,
            executable: URL(fileURLWithPath: "/usr/bin/env"))
    }

    /// `verify-ledger --json` on `ledger` (with extra arguments), decoded.
    static func verdict(_ process: CLIProcess, ledger: String, _ arguments: [String] = []) throws -> (
        exitStatus: Int32, json: [String: Any]
    ) {
        let result = try run(process, "verify-ledger", [ledger, "--json"] + arguments)
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any],
            "verify-ledger printed no JSON (exit \(result.exitStatus)): \(result.errorOutput)")
        return (result.exitStatus, json)
    }

    /// Runs `forge.py <arguments>` and requires it to succeed.
    static func forge(_ process: CLIProcess, _ arguments: [String]) throws {
        let result = try run(process, "forge.py", arguments)
        #expect(result.exitStatus == 0, "forge.py \(arguments) failed: \(result.errorOutput)")
    }
}
