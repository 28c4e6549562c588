import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// How one `caseledger` process ended and what it printed.
public struct ProcessOutcome: Sendable {
    /// The exit status, or the signal number when `wasSignalled`.
    public var status: Int32
    /// True when a signal ended the process (SIGKILL from the campaign, or a crash).
    public var wasSignalled: Bool
    public var output: String
    public var errorOutput: String

    /// True for a normal exit with `code`.
    public func exited(_ code: Int32) -> Bool { !wasSignalled && status == code }
}

/// A `caseledger` child process whose standard output and error go to files in the campaign directory
/// (files, not pipes: a killed child never blocks on a full pipe).
public final class CampaignProcess {
    private let process = Process()
    private let outputURL: URL
    private let errorURL: URL

    /// Starts `binary` with `arguments` in `directory`, standard input empty.
    public init(binary: URL, arguments: [String], directory: URL) throws {
        let name = UUID().uuidString
        outputURL = directory.appendingPathComponent("stdout-\(name)")
        errorURL = directory.appendingPathComponent("stderr-\(name)")
        for url in [outputURL, errorURL] where !FileManager.default.createFile(atPath: url.path, contents: nil) {
            throw CampaignError("cannot create \(url.path) for the child's output")
        }
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = try FileHandle(forWritingTo: outputURL)
        process.standardError = try FileHandle(forWritingTo: errorURL)
        try process.run()
    }

    /// The child's process id.
    public var processID: Int32 { process.processIdentifier }

    /// True until the child has exited.
    public var isRunning: Bool { process.isRunning }

    /// Sends SIGKILL (a no-op if the child already exited and was reaped).
    public func kill() {
        if process.isRunning { _ = Glibc.kill(process.processIdentifier, SIGKILL) }
    }

    /// Waits for the child to end and returns how it ended; removes the output files.
    public func wait() -> ProcessOutcome {
        process.waitUntilExit()
        defer {
            try? FileManager.default.removeItem(at: outputURL)
            try? FileManager.default.removeItem(at: errorURL)
        }
        return ProcessOutcome(
            status: process.terminationStatus, wasSignalled: process.terminationReason == .uncaughtSignal,
            output: (try? String(contentsOf: outputURL, encoding: .utf8)) ?? "",
            errorOutput: Self.text(of: errorURL))
    }

    /// Runs `binary` to completion.
    public static func run(binary: URL, arguments: [String], directory: URL) throws -> ProcessOutcome {
        try CampaignProcess(binary: binary, arguments: arguments, directory: directory).wait()
    }

    /// A file's bytes as text; invalid UTF-8 is repaired (standard error may echo mutated input).
    private static func text(of url: URL) -> String {
        String(decoding: (try? Data(contentsOf: url)) ?? Data(), as: UTF8.self)
    }

    /// True if the flock lock table (`/proc/locks`) shows `processID` holding a lock: the campaign's way
    /// to see that an importer holds the writer lock without taking the lock itself.
    public static func holdsFileLock(processID: Int32) -> Bool {
        guard let table = try? String(contentsOfFile: "/proc/locks", encoding: .utf8) else { return false }
        return table.split(separator: "\n").contains { line in
            let fields = line.split(separator: " ", omittingEmptySubsequences: true)
            return fields.count > 4 && fields[1] == "FLOCK" && fields[4] == "\(processID)"
        }
    }
}
