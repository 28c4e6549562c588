import LedgerCalendar
import Projections

extension ChildChronology {
    /// The lines above the table, `(name, value)`, the same in every format: who, the two times, the
    /// household, the filter, the provenance and how to verify.
    public func headerPairs(_ pseudonyms: Pseudonyms) -> [(name: String, value: String)] {
        var pairs: [(String, String)] = [
            ("child", pseudonyms.label(childId)),
            (
                "known at",
                times.knownAt.map { "\($0) (only what had been recorded by then)" } ?? "now (everything recorded)"
            ),
            (
                "as of",
                times.asOf.map { "\($0) (only what had happened by then)" } ?? "not bounded (everything that happened)"
            ),
            ("clocks judged on", judgedOn.description),
        ]
        if let household {
            let members = household.members.map { member in
                "\(pseudonyms.label(member.personId)) (\(member.role.rawValue)\(member.isPresent ? "" : ", left"))"
            }
            pairs.append(
                ("household", "\(pseudonyms.label(household.householdId)): " + members.joined(separator: ", ")))
        }
        if let filter = filterText(pseudonyms) { pairs.append(("shown", filter)) }
        pairs += provenancePairs(pseudonyms)
        return pairs
    }

    /// The filter the entries were chosen by, or nil when everything is shown.
    private func filterText(_ pseudonyms: Pseudonyms) -> String? {
        let parts = [
            filter.from.map { "from \($0)" }, filter.to.map { "to \($0)" },
            filter.agency.map { "agency \(pseudonyms.label($0))" },
        ].compactMap { $0 }
        return parts.isEmpty ? nil : parts.joined(separator: ", ")
    }

    /// Ledger position and chain head (now and at the knowledge time), rulebooks, calendar, findings and
    /// how to verify.
    func provenancePairs(_ pseudonyms: Pseudonyms) -> [(name: String, value: String)] {
        var pairs: [(String, String)] = [
            (
                "ledger head",
                provenance.ledgerHead.map { "position \($0.position), chain hash \($0.chainHash)" } ?? "empty"
            )
        ]
        if times.knownAt != nil {
            pairs.append(
                (
                    "ledger at known-at",
                    provenance.ledgerAtKnownAt.map { "position \($0.position), chain hash \($0.chainHash)" }
                        ?? "no record had been appended yet (history loaded later; knowledge times are record times)"
                ))
        }
        pairs.append(("streams", provenance.streams.map { streamLabel($0, pseudonyms) }.joined(separator: ", ")))
        pairs.append(
            (
                "rulebooks",
                provenance.rulebooks.map { "\($0.name) \($0.version) sha256:\($0.contentHash)" }.joined(separator: "; ")
            ))
        pairs.append(("calendar", provenance.calendar))
        if !recordedAfterAppendPositions.isEmpty {
            pairs.append(
                (
                    "finding",
                    "record time after ledger append time at positions "
                        + recordedAfterAppendPositions.map(String.init).joined(separator: ", ")
                        + " (counted as known from the append time)"
                ))
        }
        pairs.append(("verify", Self.verifyText))
        return pairs
    }

    /// How a reader checks the chronology against the ledger.
    static let verifyText =
        "caseledger verify --ledger DIR checks every record and the chain; caseledger read --ledger DIR --from P "
        + "--limit 1 shows the record at any position P cited here with its chain hash; the same command with "
        + "the same --known-at and --as-of gives the same bytes."

    /// `child-Child R` for `child-C000123` under pseudonyms.
    private func streamLabel(_ stream: String, _ pseudonyms: Pseudonyms) -> String {
        guard pseudonyms.isActive, let hyphen = stream.firstIndex(of: "-") else { return stream }
        return stream[...hyphen] + pseudonyms.label(String(stream[stream.index(after: hyphen)...]))
    }
}
