#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Runs a command tree: parses, prints help or version, calls the handler, and reports errors.
///
/// Results and help go to `output`; errors go to `errorOutput` as one line,
/// `caseledger read: error: missing value for '--ledger'`, followed for usage errors by the usage
/// line. Every thrown error becomes an exit code and message through `ErrorReport(for:mapper:)`, the
/// only mapping.
public struct CommandRunner: Sendable {
    /// The root of the command tree.
    public let root: Command
    /// The executable's mapping of library errors to exit codes.
    public let mapper: ExitCodeMapper

    /// Creates a runner.
    /// - Parameters:
    ///   - root: The root command (its name is the executable's name).
    ///   - mapper: Maps library errors to exit codes; errors it leaves unmapped are `software`.
    public init(root: Command, mapper: @escaping ExitCodeMapper = { _ in nil }) {
        self.root = root
        self.mapper = mapper
    }

    /// Runs the command line `tokens` (without the executable name) and returns the exit code.
    public func run(_ tokens: [String], output: any TextSink, errorOutput: any TextSink) -> ExitCode {
        let parser = CommandLineParser(root: root)
        let request: CommandLineParser.Request
        do {
            request = try parser.parse(tokens)
        } catch {
            reportUsage(error, parser: parser, to: errorOutput)
            return .usage
        }
        switch request {
        case .help(let command, let commandPath):
            output.write(HelpFormatter.help(for: command, commandPath: commandPath, version: root.version))
            return .success
        case .version(let version):
            output.write(version + "\n")
            return .success
        case .run(let handler, let arguments):
            do {
                return try handler(CommandInvocation(arguments: arguments, output: output, errorOutput: errorOutput))
            } catch let error as UsageError {
                reportUsage(error, parser: parser, to: errorOutput)
                return .usage
            } catch {
                return report(error, commandPath: arguments.commandPath, to: errorOutput)
            }
        }
    }

    /// Runs `CommandLine.arguments` against standard output and error, then exits the process.
    ///
    /// If writing standard output failed, a command that otherwise succeeded exits with `ioError`.
    /// SIGXFSZ is ignored first, so a write past the file size limit (`ulimit -f`) fails with EFBIG and is
    /// reported like a full disk instead of killing the process without a word.
    public func main() -> Never {
        signal(SIGXFSZ, SIG_IGN)
        let output = FileDescriptorSink.standardOutput()
        let errorOutput = FileDescriptorSink.standardError()
        var exitCode = run(Array(CommandLine.arguments.dropFirst()), output: output, errorOutput: errorOutput)
        output.flush()
        if output.hasFailed && exitCode == .success {
            errorOutput.write("\(root.name): error: writing to standard output failed\n")
            exitCode = .ioError
        }
        exit(exitCode.rawValue)
    }

    private func report(_ error: any Error, commandPath: [String], to errorOutput: any TextSink) -> ExitCode {
        let report = ErrorReport(for: error, mapper: mapper)
        errorOutput.write("\(commandPath.joined(separator: " ")): error: \(report.message)\n")
        return report.exitCode
    }

    private func reportUsage(_ error: UsageError, parser: CommandLineParser, to errorOutput: any TextSink) {
        let path = error.commandPath.joined(separator: " ")
        errorOutput.write("\(path): error: \(error)\n")
        if let command = parser.command(at: error.commandPath) {
            errorOutput.write("Usage: \(HelpFormatter.usage(for: command, commandPath: error.commandPath))\n")
        }
        errorOutput.write("  See '\(path) --help' for more information.\n")
    }
}
