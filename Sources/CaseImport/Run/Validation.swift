import CaseModel
import EventStore
import Integrity

/// Everything pass 1 learns: where each row is, its row-level findings, and facts for accepted rows.
struct Validation {
    /// The largest canonical event accepted: the store's record limit less room for the frame, stream,
    /// type and source id (each at most 256 bytes), so pass 2 never meets a record the store refuses.
    static let payloadSizeBytesMax = Limits.recordSizeBytesMax - (4 << 10)

    /// Input index and line of each row ordinal.
    var locations: [(input: Int, line: Int)] = []
    /// Input names, by index.
    var names: [String] = []
    /// Row-level findings (syntax, schema, single event) by ordinal.
    var rowFindings: [Int: [ImportFinding]] = [:]
    /// Facts of rows without row-level errors, in reading order.
    var facts: [EventFacts] = []
    /// Streams the accepted rows go to.
    var streams: Set<String> = []
    /// A problem that stopped an input from being read to its end (refuses the run even with skipInvalid).
    var hasFatalFinding = false
    /// The CSV columns of every input, in order of first appearance (for the rejects file).
    var csvColumns: [String] = []

    /// The file name and line of an ordinal.
    func locate(_ ordinal: Int) -> (file: String, line: Int) {
        let location = locations[ordinal]
        return (names[location.input], location.line)
    }

    /// Records one row read in pass 1.
    mutating func add(_ row: InputRow, input: Int) {
        let ordinal = locations.count
        locations.append((input, row.line))
        var findings = row.findings
        hasFatalFinding = hasFatalFinding || row.isFatal
        if let event = row.event {
            findings += event.validate().map { ImportFinding($0, file: names[input], line: row.line) }
            let payload = event.canonicalBytes
            if payload.count > Self.payloadSizeBytesMax {
                findings.append(
                    ImportFinding(
                        severity: .error, stage: .event, file: names[input], line: row.line, reason: "eventTooLarge",
                        detail: "\(payload.count) bytes, limit \(Self.payloadSizeBytesMax)"))
            }
            if !findings.contains(where: \.isError) {
                let facts = EventFacts(event, origin: .run(ordinal: ordinal), contentHash: SHA256.hash(payload))
                self.facts.append(facts)
                streams.insert(facts.stream)
            }
        }
        if !findings.isEmpty { rowFindings[ordinal] = findings }
    }

    /// Adds a CSV header's columns to the union.
    mutating func addColumns(_ header: [String]) {
        for column in header where !csvColumns.contains(column) { csvColumns.append(column) }
    }

    /// The cross-event verdict and every finding, after the row-level checks.
    struct Verdict {
        /// Dispositions of the rows that pass every check.
        var dispositions: [Int: ReferenceCheck.Disposition]
        /// Every finding by ordinal (row-level and cross-event).
        var findings: [Int: [ImportFinding]]
        /// Ordinals refused (an error at any stage).
        var rejected: Set<Int>
    }

    /// Runs the cross-event checks. With `skipInvalid`, repeats them without the refused rows until no new
    /// row is refused, so a row that links to a refused row is refused too.
    func crossCheck(ledger: [String: [EventFacts]], foreignStreams: [String: String], skipInvalid: Bool) -> Verdict {
        var findings = rowFindings
        var rejected = Set(rowFindings.filter { $0.value.contains(where: \.isError) }.keys)
        var accepted = facts
        while true {
            let outcome = ReferenceCheck(
                ledger: ledger, foreignStreams: foreignStreams, run: accepted, locate: locate
            ).evaluate()
            let refused = outcome.rejectedOrdinals
            if !skipInvalid || refused.isEmpty {
                for (ordinal, extra) in outcome.findings { findings[ordinal, default: []] += extra }
                return Verdict(
                    dispositions: outcome.dispositions.filter { !refused.contains($0.key) }, findings: findings,
                    rejected: rejected.union(refused))
            }
            for ordinal in refused {
                findings[ordinal, default: []] += outcome.findings[ordinal, default: []].filter(\.isError)
            }
            rejected.formUnion(refused)
            accepted.removeAll { refused.contains($0.ordinal!) }
        }
    }

    /// The summary counts and findings before anything is appended.
    func summary(verdict: Verdict, findingsCountMax: Int) -> ImportSummary {
        var summary = ImportSummary()
        summary.lines = locations.count
        for ordinal in verdict.findings.keys.sorted() {
            for finding in verdict.findings[ordinal]! {
                if finding.isError { summary.errors += 1 } else { summary.warnings += 1 }
                if summary.findings.count < findingsCountMax { summary.findings.append(finding) }
            }
        }
        summary.alreadyPresent = verdict.dispositions.values.filter { $0 == .alreadyPresent }.count
        summary.duplicatesInRun = verdict.dispositions.values.filter { $0 == .duplicateInRun }.count
        summary.rejected = verdict.rejected.count
        return summary
    }
}
