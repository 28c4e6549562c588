import Projections
import Reports

/// The derived sections `caseledger` stores in every projection checkpoint it writes, and recomputes when
/// it verifies one (docs/compliance-report.md, "Projection checkpoint file").
enum CheckpointSections {
    /// The sections of `state`: the annual facts (`AnnualFacts`).
    static func of(_ state: ProjectionState) -> [CheckpointSection] { [AnnualFacts(state: state).section] }

    /// The checkpoint `caseledger` writes for `state`: its body with every derived section. Every command that
    /// writes a projection checkpoint (`projections rebuild`, `redact`) writes this one, so none leaves a
    /// checkpoint without the sections the reports read.
    static func checkpoint(of state: ProjectionState) -> ProjectionCheckpoint {
        ProjectionCheckpoint(of: state, sections: of(state))
    }
}
