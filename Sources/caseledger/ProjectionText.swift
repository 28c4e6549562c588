import CommandLineSupport
import Projections
import TextFormats

/// The human text printed by `caseledger projections`.
enum ProjectionText {
    /// What `rebuild` did and the checkpoint it wrote.
    static func rebuildSummary(
        _ loaded: ProjectionLoader.Loaded, checkpoint: ProjectionCheckpoint, path: String
    ) -> String {
        let how =
            switch loaded.method {
            case .incremental(let after):
                "incremental: folded \(loaded.foldedEventCount) events after checkpoint position "
                    + (after.map(String.init) ?? "none (empty ledger)")
            case .full(let reason):
                "full: folded \(loaded.foldedEventCount) events from position 0" + (reason.map { " (\($0))" } ?? "")
            }
        return how + "\n" + checkpointLines(checkpoint, path: path)
    }

    /// The verdict of `verify`: a match, or each part that differs.
    static func verification(_ result: CheckpointVerification, ledgerRecordCount: UInt64, path: String) -> String {
        let position = result.position.map(String.init) ?? "none"
        guard !result.matches else {
            return "checkpoint \(path) matches a rebuild from position 0 to position \(position), state hash "
                + HexText.encode(result.rebuiltStateHash) + "\n"
        }
        var lines = ["checkpoint \(path) does not match a rebuild from position 0 to position \(position):"]
        if let stored = result.position, stored >= ledgerRecordCount {
            lines.append("  position \(stored) is past the ledger's end (\(ledgerRecordCount) records)")
        } else if !result.chainHeadMatches {
            lines.append("  chain head differs from the ledger's at position \(position)")
        }
        if result.storedStateHash != result.rebuiltStateHash {
            lines.append("  state hash: stored \(HexText.encode(result.storedStateHash))")
            lines.append("              rebuilt \(HexText.encode(result.rebuiltStateHash))")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// One child's case state, one `key: value` line per known fact.
    static func caseState(_ state: CaseState) -> String {
        let visit = state.lastVisit.map {
            "\($0.date) \($0.kind.rawValue) (seen: \($0.childSeen), alone: \($0.childSeenAlone))"
        }
        let rows: [(String, String?)] = [
            ("child", state.childId), ("as of", state.asOf?.description ?? "everything known"),
            ("open referral since", state.openReferralOn?.description),
            ("CIN plan since", state.openCinPlanOn?.description), ("CP plan since", state.openCpPlanOn?.description),
            (
                "CP category",
                state.latestCategory.map { "\($0.rawValue) (initial \(state.initialCategory?.rawValue ?? "none"))" }
            ),
            ("looked after since", state.lookedAfterSince?.description),
            ("allocated worker", state.allocatedWorkerId), ("allocated team", state.allocatedTeamId),
            ("last visit", visit),
        ]
        return lines(rows.map { ($0.0, $0.1 ?? "none") })
    }

    /// Caseload counts.
    static func caseload(_ summary: CaseloadSummary) -> String {
        var rows = [
            ("as of", summary.asOf?.description ?? "everything known"), ("children", String(summary.childCount)),
            ("open referrals", String(summary.openReferralCount)), ("CIN plans", String(summary.cinPlanCount)),
            ("CP plans", String(summary.cpPlanCount)),
        ]
        rows += summary.cpPlanCountByCategory.keys.sorted().map {
            ("  category \($0)", String(summary.cpPlanCountByCategory[$0, default: 0]))
        }
        rows.append(("looked after", String(summary.lookedAfterCount)))
        return lines(rows)
    }

    private static func checkpointLines(_ checkpoint: ProjectionCheckpoint, path: String) -> String {
        lines([
            ("checkpoint", path), ("position", checkpoint.position.map(String.init) ?? "none"),
            ("chain head", HexText.encode(checkpoint.chainHead)), ("state hash", HexText.encode(checkpoint.stateHash)),
        ])
    }

    /// `key  value` lines, keys padded to one width; both are escaped for the terminal (ids come from input).
    private static func lines(_ rows: [(String, String)]) -> String {
        let escaped = rows.map { (TerminalText.escaped($0.0), TerminalText.escaped($0.1)) }
        let width = (escaped.map(\.0.count).max() ?? 0) + 2
        return escaped.map { TextTable.padded($0.0, width: width) + $0.1 + "\n" }.joined()
    }
}
