import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// What a reader printed while an importer ran, to be judged against the ledger once the importer ended.
struct ReaderObservation {
    var command: String
    /// Records a reader reported: `read` lines, `info`'s count, or one past `compliance`'s ledger position.
    var recordCount: UInt64?
    /// Source ids `read` printed.
    var sourceIDs: [String] = []
}

extension KillCampaign {
    /// Runs a large import to the end while a second writer tries the ledger (it must be refused with 75 and
    /// write nothing while the first holds the lock) and readers run in a loop (each must exit 0 and see
    /// only whole batches, stopping at a batch boundary).
    mutating func probeConcurrentAccess() throws {
        figures.probes += 1
        let batch = try newBatch(childCount: probeChildren)
        figures.importsStarted += 1
        let importer = try CampaignProcess(binary: binary, arguments: importArguments(batch), directory: directory)
        try tryASecondWriter(beside: importer)
        var observations: [ReaderObservation] = []
        var readerIndex = 0
        while importer.isRunning {
            observations.append(try runReader(readerIndex))
            readerIndex += 1
        }
        let outcome = importer.wait()
        guard outcome.exited(0) else {
            figures.violations.append("probe import of batch \(batch.number) ended \(describe(outcome))")
            return
        }
        acknowledged.insert(batch.number)
        figures.importsAcknowledged += 1
        let snapshot = try check(after: "probe import of batch \(batch.number)")
        lastSnapshot = snapshot
        figures.concurrentReaders += observations.count
        figures.violations += observations.flatMap { judge($0, against: snapshot) }
        try checkProjections(after: "probe \(figures.probes)")
    }

    /// Waits until `importer` holds the writer lock, then runs a second import; judges it if the first still
    /// holds the lock afterwards (so it held it throughout).
    private mutating func tryASecondWriter(beside importer: CampaignProcess) throws {
        while importer.isRunning && !CampaignProcess.holdsFileLock(processID: importer.processID) { usleep(500) }
        let other = try newBatch(childCount: 1)
        let outcome = try caseledger(importArguments(other))
        guard CampaignProcess.holdsFileLock(processID: importer.processID) else {
            figures.secondWritersAfterRelease += 1
            if outcome.exited(0) {
                acknowledged.insert(other.number)
            } else if outcome.exited(75) {
                mustBeAbsent.insert(other.number)
            }
            return
        }
        mustBeAbsent.insert(other.number)
        if outcome.exited(75) && outcome.errorOutput.contains("lock") {
            figures.secondWritersRefused += 1
        } else {
            figures.violations.append("a second writer beside a lock holder ended \(describe(outcome))")
        }
    }

    /// Runs `read --json`, `info --json` or `compliance --format csv` in turn; each must exit 0.
    private mutating func runReader(_ index: Int) throws -> ReaderObservation {
        let commands = [
            ["read", "--ledger", ledger, "--json"], ["info", "--ledger", ledger, "--json"],
            ["compliance", "--ledger", ledger, "--from", "2014-04-01", "--to", "2015-03-31", "--format", "csv"],
        ]
        let arguments = commands[index % commands.count]
        let outcome = try caseledger(arguments)
        var observation = ReaderObservation(command: arguments[0])
        guard outcome.exited(0) else {
            figures.violations.append("\(arguments[0]) beside an importer ended \(describe(outcome))")
            return observation
        }
        switch arguments[0] {
        case "read":
            let lines = outcome.output.split(separator: "\n")
            observation.recordCount = UInt64(lines.count)
            observation.sourceIDs = lines.compactMap { Self.stringMember("sourceId", in: $0) }
        case "info": observation.recordCount = Self.integerMember("recordCount", in: outcome.output)
        default: observation.recordCount = Self.integerMember("ledgerPosition", in: outcome.output).map { $0 + 1 }
        }
        return observation
    }

    /// A reader's view must be a prefix of the final ledger that ends at a batch boundary, holding only
    /// whole batches.
    private func judge(_ observation: ReaderObservation, against snapshot: LedgerSnapshot) -> [String] {
        var problems: [String] = []
        if let count = observation.recordCount, !snapshot.batchBoundaries.contains(count) {
            problems.append("\(observation.command) beside an importer saw \(count) records: not a batch boundary")
        }
        if observation.command == "compliance" && observation.recordCount == nil {
            problems.append("compliance beside an importer printed no ledger position")
        }
        guard observation.command == "read" else { return problems }
        let seen = Set(observation.sourceIDs)
        for batch in batches {
            let count = batch.eventIDsByTag.reduce(0) { total, entry in total + entry.ids.filter(seen.contains).count }
            if count != 0 && count != batch.eventCount {
                problems.append("read beside an importer saw \(count) of batch \(batch.number)'s \(batch.eventCount)")
            }
        }
        return problems
    }

    /// The string value of `"name":"…"` in a JSON line (campaign ids need no unescaping).
    static func stringMember(_ name: String, in line: Substring) -> String? {
        guard let start = line.range(of: "\"\(name)\":\"") else { return nil }
        return line[start.upperBound...].split(separator: "\"", maxSplits: 1).first.map(String.init)
    }

    /// The first integer after `name` and any non-digits on the same line (`"recordCount":12`, `ledgerPosition,12`).
    static func integerMember(_ name: String, in text: String) -> UInt64? {
        guard let start = text.range(of: name) else { return nil }
        let rest = text[start.upperBound...].prefix { $0 != "\n" }.drop { !$0.isNumber }
        return UInt64(String(rest.prefix { $0.isNumber }))
    }
}
