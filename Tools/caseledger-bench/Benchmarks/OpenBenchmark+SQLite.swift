import Foundation

extension OpenBenchmark {
    /// Where the `sqlite3` command-line shell is looked for. The baseline is skipped without it: SQLite is
    /// never a dependency of CaseLedger, only a yardstick here.
    static let sqliteShellPath = "/usr/bin/sqlite3"

    /// `baseline.sqlite.read-stream`: the same shape of data in SQLite (WAL, an index on the stream
    /// column), `eventCount` rows of a 300–600-byte random payload over `streamCount` streams, then per run
    /// one `sqlite3` process that opens the database and selects one stream's rows in position order. The
    /// time includes starting the process, so it is an upper bound for SQLite's own open and query.
    /// Returns nil without `sqlite3`.
    /// - Throws: `BenchError` if the shell fails.
    static func sqliteBaseline(
        in context: BenchContext, eventCount: Int, streamCount: Int
    ) throws -> BenchMetric? {
        guard FileManager.default.isExecutableFile(atPath: sqliteShellPath) else { return nil }
        context.progress("filling the SQLite baseline database")
        let database = context.scratch.path(for: "open-baseline.sqlite")
        _ = try runShell(
            database,
            "PRAGMA journal_mode=WAL; CREATE TABLE events(stream TEXT NOT NULL, position INTEGER PRIMARY KEY, "
                + "payload BLOB NOT NULL); WITH RECURSIVE n(x) AS (SELECT 0 UNION ALL SELECT x + 1 FROM n "
                + "WHERE x < \(eventCount - 1)) INSERT INTO events SELECT printf('child-%06d', abs(random()) % "
                + "\(streamCount)), x, randomblob(300 + abs(random()) % 300) FROM n; "
                + "CREATE INDEX events_by_stream ON events(stream, position);")
        let samples = try Repetition.measure(runCount: context.sizes.runCount) { runIndex in
            let stream = EventWorkload.streamName(runIndex * 7_919 % streamCount)
            let (rowCount, seconds) = try Stopwatch.time {
                try runShell(
                    database,
                    "SELECT count(*) FROM (SELECT position, payload FROM events WHERE stream = '\(stream)' "
                        + "ORDER BY position);")
            }
            guard let rows = Int(rowCount.trimmingCharacters(in: .whitespacesAndNewlines)), rows > 0 else {
                throw BenchError(code: .inconsistent, message: "baseline.sqlite.read-stream: \(stream) is empty")
            }
            return RunSample(seconds: seconds, operationCount: 1, sizeBytes: 0)
        }
        try context.scratch.remove("open-baseline.sqlite")
        return .milliseconds(
            "baseline.sqlite.read-stream", samples,
            detail: "sqlite3 \(NumberText.count(eventCount)) rows, process start + open + one stream's rows")
    }

    /// Runs `sqlite3 DATABASE SQL` and returns its standard output.
    private static func runShell(_ database: String, _ sql: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: sqliteShellPath)
        process.arguments = [database, sql]
        let output = Pipe()
        process.standardOutput = output
        do { try process.run() } catch {
            throw BenchError(code: .io, message: "cannot start \(sqliteShellPath): \(error.localizedDescription)")
        }
        let bytes = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw BenchError(code: .io, message: "\(sqliteShellPath) exited with \(process.terminationStatus)")
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
