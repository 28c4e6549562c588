import CaseModel
import SeededRandom

/// A deterministic synthetic local authority: children in households, each with a realistic journey
/// through children's social care, calibrated to national statistics (docs/synthetic-authority.md).
///
/// **Determinism.** Same parameters ⇒ the same events in the same order ⇒ byte-identical JSONL. Household
/// `h` draws from its own `SplitMix64(seed:stream: h)`, so no household depends on another.
///
/// **Order.** The LSCB's events first (serious case reviews and the business plan, by record time; they
/// depend on the seed and the window only, `GovernanceSimulator`), then households in index order (H000001, H000002, …); within a household, events by ascending
/// `recordedAt` (the order a case system would have written them), then household membership before child
/// registration before journey events, then generation order. Valid time (`occurredOn`) is therefore not
/// monotonic: late entries appear when they were recorded. A reference (s47 → strategy discussion,
/// correction → corrected event) always points to an earlier line.
///
/// **Burn-in.** Households are first referred from `Calibration.burnInMonths` before the start date;
/// episodes referred before it are simulated but not emitted, so the window opens in steady state.
/// `childCount` counts children with events in the window.
///
/// **Memory.** One household at a time: bounded by the largest household's events, whatever `childCount`.
public struct SyntheticAuthority: Sendable {
    /// The parameters, validated.
    public let parameters: AuthorityParameters

    /// Creates a generator.
    /// - Throws: `SyntheticAuthorityError` if the parameters are out of range.
    public init(parameters: AuthorityParameters) throws(SyntheticAuthorityError) {
        try parameters.validate()
        self.parameters = parameters
    }

    /// Generates every event, in output order, into `sink`.
    ///
    /// - Parameters:
    ///   - sink: receives each event; an error it throws stops generation and is rethrown.
    ///   - progress: called after each household with the running summary.
    /// - Returns: the totals.
    /// - Complexity: O(events); memory O(events of one household).
    @discardableResult
    public func generate(
        into sink: (CaseEvent) throws -> Void, progress: ((GenerationSummary) -> Void)? = nil
    ) rethrows -> GenerationSummary {
        var summary = GenerationSummary()
        // The LSCB's review and board streams first: they depend on the seed and the window only.
        for event in GovernanceSimulator.simulate(parameters: parameters) {
            try sink(event)
            summary.count(typeName: event.typeName)
        }
        // Households and children simulated, including those with no events in the window (referred only
        // during the burn-in): their ids are used up, so ids are not contiguous.
        var householdIndex = 0
        var simulatedChildCount = 0
        while summary.childCount < parameters.childCount {
            let household = HouseholdSimulator.simulate(
                index: householdIndex, firstChildIndex: simulatedChildCount,
                childrenMax: parameters.childCount - summary.childCount, parameters: parameters)
            for event in household.events {
                try sink(event)
                summary.count(typeName: event.typeName)
            }
            householdIndex += 1
            simulatedChildCount += household.simulatedChildCount
            summary.householdCount += household.events.isEmpty ? 0 : 1
            summary.childCount += household.childCount
            progress?(summary)
        }
        return summary
    }

    /// Generates every event as a line of JSONL: the event's canonical JSON (what `caseledger import`
    /// reads) followed by `\n`.
    @discardableResult
    public func generateLines(
        into sink: ([UInt8]) throws -> Void, progress: ((GenerationSummary) -> Void)? = nil
    ) rethrows -> GenerationSummary {
        try generate(
            into: { event in
                var line = event.canonicalBytes
                line.append(UInt8(ascii: "\n"))
                try sink(line)
            }, progress: progress)
    }
}
