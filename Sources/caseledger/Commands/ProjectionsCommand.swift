import CommandLineSupport
import EventStore
import LedgerCalendar
import Projections
import TextFormats

/// `caseledger projections rebuild|verify|status`: the projection checkpoint and the projected case state.
enum ProjectionsCommand {
    /// The command declaration.
    static let command = Command(
        name: "projections", summary: "Rebuild, verify and query the projected case state and its checkpoint.",
        subcommands: [rebuild, verify, status])

    private static let fullFlag = OptionSpecification.flag(
        "full", help: "Fold every event from position 0 even when a usable checkpoint exists.")

    private static let rebuild = Command(
        name: "rebuild", summary: "Bring the checkpoint up to the ledger's end (incrementally when it can).",
        discussion: """
            With a checkpoint that describes a prefix of this ledger (its chain head equals the ledger's record \
            at its position), only the events after its position are folded; otherwise every event is. The new \
            checkpoint is written atomically (temporary file, fsync, rename).
            """,
        options: [LedgerAccess.ledgerOption, ProjectionLoader.checkpointOption, fullFlag], handler: runRebuild)

    private static let verify = Command(
        name: "verify",
        summary: "Rebuild from position 0 and compare with the stored checkpoint (exit 1 if different).",
        options: [LedgerAccess.ledgerOption, ProjectionLoader.checkpointOption], handler: runVerify)

    private static let status = Command(
        name: "status",
        summary: "Print one child's case state, or caseload counts (referrals, CIN, CP by category, LAC).",
        options: [
            LedgerAccess.ledgerOption, ProjectionLoader.checkpointOption,
            .value("child", valueName: "ID", help: "The child whose case state to print."),
            .value("as-of", valueName: "DATE", help: "State as at DATE (YYYY-MM-DD; default: everything known)."),
            LedgerAccess.jsonFlag,
        ],
        handler: runStatus)

    private static func runRebuild(_ invocation: CommandInvocation) throws -> ExitCode {
        let path = ProjectionLoader.checkpointPath(of: invocation)
        let useCheckpoint = !invocation.arguments.flag(fullFlag.name)
        let loaded = try LedgerAccess.withLedger(invocation, mode: .readOnly) { store in
            try ProjectionLoader.load(store, checkpointPath: useCheckpoint ? path : nil)
        }
        let checkpoint = CheckpointSections.checkpoint(of: loaded.state)
        try ProjectionLoader.refuseRegression(to: checkpoint, atPath: path)
        try POSIXFileSystem().writeAtomically(checkpoint.fileBytes, toPath: path)
        invocation.output.write(ProjectionText.rebuildSummary(loaded, checkpoint: checkpoint, path: path))
        return SkippedRecordText.warn(
            about: loaded.state.skippedRecords, command: "projections rebuild", to: invocation.errorOutput)
    }

    private static func runVerify(_ invocation: CommandInvocation) throws -> ExitCode {
        let path = ProjectionLoader.checkpointPath(of: invocation)
        let checkpoint: ProjectionCheckpoint
        do {
            checkpoint = try ProjectionLoader.readCheckpoint(atPath: path)
        } catch let error as ProjectionError where error.code == .checkpointMismatch {
            invocation.output.write("checkpoint \(path) does not match: \(error.reason)\n")
            return .findings
        }
        let (verification, ledgerEnd) = try LedgerAccess.withLedger(invocation, mode: .readOnly) { store in
            let names = Set(checkpoint.sections.map(\.name))
            let verification = try checkpoint.verify(in: store) { state in
                CheckpointSections.of(state).filter { names.contains($0.name) }
            }
            return (verification, store.info.recordCount)
        }
        invocation.output.write(ProjectionText.verification(verification, ledgerRecordCount: ledgerEnd, path: path))
        return verification.matches ? .success : .findings
    }

    private static func runStatus(_ invocation: CommandInvocation) throws -> ExitCode {
        let arguments = invocation.arguments
        let asOf = try arguments.value("as-of", expected: "a date YYYY-MM-DD") { CivilDate(iso8601: $0) }
        let loaded = try LedgerAccess.withLedger(invocation, mode: .readOnly) { store in
            try ProjectionLoader.load(store, for: invocation)
        }
        let json = arguments.flag(LedgerAccess.jsonFlag.name)
        let skipped = loaded.state.skippedRecords
        guard let childId = arguments.value("child") else {
            let summary = CaseloadSummary(state: loaded.state, asOf: asOf)
            invocation.output.write(json ? JSONOutput.line(summary.jsonValue) : ProjectionText.caseload(summary))
            return SkippedRecordText.warn(about: skipped, command: "projections status", to: invocation.errorOutput)
        }
        guard let history = loaded.state.children[childId], history.hasEvent(asOf: asOf) else {
            let by = asOf.map { " on or before \($0)" } ?? ""
            throw CommandFailure(
                .notFound, "the ledger has no events\(by) for child '\(TerminalText.escaped(childId))'")
        }
        let caseState = CaseState.project(history, asOf: asOf)
        invocation.output.write(json ? JSONOutput.line(caseState.jsonValue) : ProjectionText.caseState(caseState))
        return SkippedRecordText.warn(about: skipped, command: "projections status", to: invocation.errorOutput)
    }
}
