import CommandLineSupport

/// One invocation: scratch directory, disk warm-up, the benchmarks, the report, optional save, cleanup.
enum BenchSession {
    /// Runs `kinds` with the invocation's settings and prints the report to standard output.
    /// Progress goes to standard error. The scratch directory is removed even when a benchmark fails.
    /// - Throws: `UsageError` for bad options, `BenchError` or `EventStoreError` if a benchmark fails.
    static func run(_ kinds: [BenchmarkKind], invocation: CommandInvocation) throws -> ExitCode {
        let settings = try BenchCommand.settings(from: invocation.arguments)
        let baselinePath = try settings.saveName.map { (name) throws(BenchError) in try BaselineFile.path(for: name) }
        let scratch = try ScratchDirectory.create(in: settings.parentDirectory)
        let progress = { (line: String) in invocation.errorOutput.write("caseledger-bench: \(line)\n") }
        let context = BenchContext(settings: settings, scratch: scratch, progress: progress)
        do {
            try DiskWarmUp.run(in: scratch)
            for kind in kinds { try kind.run(in: context) }
        } catch {
            try? scratch.removeAll()
            throw error
        }
        try scratch.removeAll()
        let report = makeReport(context)
        invocation.output.write(report.rendered)
        if let baselinePath {
            try TextFile.write(report.rendered, toPath: baselinePath)
            progress("saved \(baselinePath)")
        }
        return .success
    }

    private static func makeReport(_ context: BenchContext) -> BenchReport {
        let settings = context.settings
        let revision =
            settings.commitOverride.map { GitRevision(commit: $0, branch: nil) }
            ?? GitRevision.read(from: TextFile.currentDirectory())
        return BenchReport(
            commandLine: settings.commandLine, revision: revision,
            machine: MachineDescription.current(scratchDirectory: settings.parentDirectory),
            scratchPath: context.scratch.path, finishedAt: UTCTimestamp.now(), runCount: context.sizes.runCount,
            isQuick: settings.isQuick, metrics: context.metrics)
    }
}
