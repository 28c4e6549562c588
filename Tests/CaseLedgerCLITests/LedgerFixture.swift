import Foundation
import Testing

/// A fresh ledger in a per-test temporary directory, driven through the built binary.
struct LedgerFixture {
    let process: CLIProcess
    let ledger: String

    /// Creates the directory and runs `caseledger init` in it.
    init() throws {
        process = try CLIProcess()
        ledger = process.path("ledger")
        let result = try process.run(["init", "--ledger", ledger])
        #expect(result.exitStatus == 0, "init failed: \(result.errorOutput)")
    }

    /// Runs `caseledger <command> --ledger DIR <arguments>`.
    func run(_ command: String, _ arguments: [String] = [], input: String = "") throws -> CLIResult {
        try process.run([command, "--ledger", ledger] + arguments, input: input)
    }

    /// Appends one event and checks that it succeeded.
    @discardableResult
    func append(stream: String, type: String, payload: String, _ extra: [String] = []) throws -> CLIResult {
        let result = try run("append", ["--stream", stream, "--type", type, "--payload", payload] + extra)
        #expect(result.exitStatus == 0, "append failed: \(result.errorOutput)")
        return result
    }

    /// Parses each line of `text` as a JSON object.
    static func jsonLines(_ text: String) throws -> [[String: Any]] {
        try text.split(separator: "\n").map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        }
    }
}
