import Projections
import Reports

/// The derived sections `caseledger` stores in every projection checkpoint it writes, and recomputes when
/// it verifies one (docs/compliance-report.md, "Projection checkpoint file").
enum CheckpointSections {
    /// The sections of `state`: the annual facts (`AnnualFacts`).
    static func of(_ state: ProjectionState) -> [CheckpointSection] { [AnnualFacts(state: state).section] }
}
