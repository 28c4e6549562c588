import CaseModel

/// The cross-event checks of one run (docs/import-format.md, "Checks across events"): duplicates and
/// conflicts by event id, links between events of a stream, and episode order. Pure: facts in, verdicts out.
struct ReferenceCheck {
    /// What to do with a row that passed the row-level checks.
    enum Disposition: Equatable {
        /// Append it.
        case append
        /// The ledger already holds it with the same content: count it, write nothing.
        case alreadyPresent
        /// An earlier row of the run has the same id and content: count it once.
        case duplicateInRun
    }

    /// The verdicts: a disposition for each accepted ordinal and findings by ordinal.
    struct Outcome {
        var dispositions: [Int: Disposition] = [:]
        var findings: [Int: [ImportFinding]] = [:]

        /// Ordinals with at least one error finding.
        var rejectedOrdinals: Set<Int> {
            Set(findings.filter { $0.value.contains(where: \.isError) }.keys)
        }

        mutating func add(_ finding: ImportFinding, to ordinal: Int) { findings[ordinal, default: []].append(finding) }
    }

    /// The ledger's events by stream, in stream order.
    let ledger: [String: [EventFacts]]
    /// The stream the ledger holds an event id in, for run ids it holds in another stream.
    let foreignStreams: [String: String]
    /// The run's accepted events, in reading order.
    let run: [EventFacts]
    /// The file name and line of a run ordinal.
    let locate: (Int) -> (file: String, line: Int)

    /// Runs every check.
    func evaluate() -> Outcome {
        var outcome = Outcome()
        let fresh = classifyByEventID(&outcome)
        var byStream: [String: [EventFacts]] = [:]
        for facts in fresh { byStream[facts.stream, default: []].append(facts) }
        for (stream, events) in byStream {
            let sequence = (ledger[stream] ?? []) + events
            checkLinks(in: sequence, outcome: &outcome)
            checkEpisodes(in: sequence, outcome: &outcome)
        }
        return outcome
    }

    /// Sorts each run event into append / already present / duplicate, reporting conflicts; returns the
    /// events to append.
    private func classifyByEventID(_ outcome: inout Outcome) -> [EventFacts] {
        var ledgerByID: [String: EventFacts] = [:]
        for events in ledger.values { for facts in events { ledgerByID[facts.eventId] = facts } }
        var seen: [String: EventFacts] = [:]
        var fresh: [EventFacts] = []
        for facts in run {
            let ordinal = facts.ordinal!
            if let otherStream = foreignStreams[facts.eventId] {
                outcome.add(
                    finding(
                        facts, .error, "eventId", facts.eventId, "eventIdInOtherStream",
                        "already in the ledger in stream \(otherStream); an event id is unique across the ledger"),
                    to: ordinal)
            } else if let stored = ledgerByID[facts.eventId] {
                guard stored.contentHash == facts.contentHash, stored.stream == facts.stream else {
                    outcome.add(
                        finding(
                            facts, .error, "eventId", facts.eventId, "eventIdConflict",
                            "already in the ledger with different content"), to: ordinal)
                    continue
                }
                outcome.dispositions[ordinal] = .alreadyPresent
            } else if let earlier = seen[facts.eventId] {
                guard earlier.contentHash == facts.contentHash else {
                    outcome.add(
                        finding(
                            facts, .error, "eventId", facts.eventId, "duplicateEventId",
                            "line \(locate(earlier.ordinal!).line) has the same id with different content"), to: ordinal
                    )
                    continue
                }
                outcome.add(
                    finding(
                        facts, .warning, "eventId", facts.eventId, "duplicateInRun",
                        "same event as line \(locate(earlier.ordinal!).line); imported once"), to: ordinal)
                outcome.dispositions[ordinal] = .duplicateInRun
            } else {
                seen[facts.eventId] = facts
                outcome.dispositions[ordinal] = .append
                fresh.append(facts)
            }
        }
        return fresh
    }

    /// s47 → strategy discussion, corrections and retractions → their targets, ICPC → some s47.
    private func checkLinks(in sequence: [EventFacts], outcome: inout Outcome) {
        let byID = Dictionary(sequence.map { ($0.eventId, $0) }, uniquingKeysWith: { first, _ in first })
        let context = LinkRules.StreamContext(
            byID: byID, hasSection47: sequence.contains { $0.typeName == Section47Started.typeName },
            firstReferral: sequence.filter { $0.boundary == EpisodeBoundary(.start, of: .referral) }.map(\.occurredOn)
                .min())
        for facts in sequence {
            guard let ordinal = facts.ordinal else { continue }
            for issue in LinkRules.issues(facts, in: context) {
                outcome.add(
                    finding(facts, issue.severity, issue.field, issue.value, issue.reason, issue.detail), to: ordinal)
            }
        }
    }

    /// Episode starts and ends: end without start, start while open, end before start (`EpisodeRules`).
    private func checkEpisodes(in sequence: [EventFacts], outcome: inout Outcome) {
        for (index, issue) in EpisodeRules.issues(in: sequence) {
            guard let ordinal = sequence[index].ordinal else { continue }
            outcome.add(
                finding(sequence[index], issue.severity, "occurredOn", issue.value, issue.reason, issue.detail),
                to: ordinal)
        }
    }

    private func finding(
        _ facts: EventFacts, _ severity: ImportFinding.Severity, _ field: String, _ value: String?, _ reason: String,
        _ detail: String?
    ) -> ImportFinding {
        let (file, line) = locate(facts.ordinal!)
        return ImportFinding(
            severity: severity, stage: .reference, file: file, line: line, field: field, value: value, reason: reason,
            detail: detail)
    }
}

/// One cross-event problem before it is placed at a file and line.
struct ReferenceIssue {
    var severity: ImportFinding.Severity
    var field: String
    var value: String?
    var reason: String
    var detail: String?
}
