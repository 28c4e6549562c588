import CommandLineSupport
import EventStore
import Projections
import Reports

extension ReportLedger {
    /// The annual facts of the ledger, the summary of the state they come from, and the generation time
    /// (`--generated-at`, else the ledger time of the state's last record).
    ///
    /// From the checkpoint's `annual-facts` section when the checkpoint is current (it describes the whole
    /// ledger) and its facts were computed under this build's inputs: no event is decoded. Otherwise the
    /// projections are loaded as for every report (`ProjectionLoader.load`, which warns about an unusable
    /// checkpoint) and the facts are folded from them. Both give the same facts.
    /// - Throws: `UsageError` for a bad `--generated-at`; store, file and projection errors.
    static func loadAnnualFacts(_ invocation: CommandInvocation) throws
        -> (facts: AnnualFacts, summary: CheckpointSummary, generatedAt: String)
    {
        let stamp = try generatedAtArgument(invocation)
        return try LedgerAccess.withLedger(invocation, mode: .readOnly) { store in
            let path = ProjectionLoader.checkpointPath(of: invocation)
            if let head = try ProjectionLoader.currentHead(of: store, checkpointPath: path),
                let section = head.section(named: AnnualFacts.sectionName),
                let facts = try? AnnualFacts(section: section)
            {
                let last = try ReportOptions.ledgerTime(ofRecordAt: head.summary.lastPosition, in: store)
                return (facts, head.summary, stamp ?? last)
            }
            let state = try ProjectionLoader.load(store, for: invocation).state
            let last = try ReportOptions.ledgerTime(ofRecordAt: state.lastPosition, in: store)
            return (AnnualFacts(state: state), state.summary, stamp ?? last)
        }
    }
}
