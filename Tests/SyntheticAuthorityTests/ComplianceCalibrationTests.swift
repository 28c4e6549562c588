import Testing

/// Closes the calibration loop through the independent compliance engine (Projections and Rulebooks):
/// the shared sample (seed `Fixture.seed`) is folded and its clocks paired for FY 2014/15–2015/16, and
/// each rule's measured % in time must lie in its band. Bands are DOMAIN.md §7 plausibility bands where
/// one exists (assessments 83–86%, ICPC 78–82%), widened for sampling noise at this size; the others
/// follow the generator's **(gk)** practice figures. A regression in either the generator or the engine
/// (a clock paired with the wrong stop, a missing stop event) moves a figure out of its band.
@Suite struct ComplianceCalibrationTests {
    /// (clock id, lowest and highest % in time, fewest decided clocks).
    static let bands: [(clockID: String, percent: ClosedRange<Double>, decidedMin: Int)] = [
        ("nat.referral-ack", 85...95, 1_000),
        ("nat.referral-decision", 84...92, 1_000),
        ("dfe.assessment-45", 81...88, 800),
        ("nat.assessment-45", 74...86, 800),
        ("nat.icpc-15", 75...85, 200),
        ("nat.core-group-first", 84...95, 150),
        ("nat.rcpc-first", 88...98, 100),
        ("nat.rcpc-next", 88...98, 100),
    ]

    @Test(arguments: bands)
    func measuredTimelinessIsInsideItsBand(clockID: String, percent: ClosedRange<Double>, decidedMin: Int) throws {
        let figures = try #require(ComplianceSample.figuresByClockID[clockID], "seed \(Fixture.seed): no \(clockID)")
        #expect(figures.decided >= decidedMin, "seed \(Fixture.seed) \(clockID): \(figures.decided) decided")
        #expect(
            percent.contains(figures.percentInTime),
            "seed \(Fixture.seed) \(clockID): \(figures.percentInTime)% in time")
    }

    /// The referral clocks stop at their own referral's decision: the slowest decisions take days, not
    /// the weeks a clock paired with a later episode's decision (or cancelled at closure) would show.
    @Test(arguments: ["nat.referral-decision", "nat.referral-ack"])
    func referralClocksNinetiethPercentileIsAFewWorkingDays(clockID: String) throws {
        let figures = try #require(ComplianceSample.figuresByClockID[clockID])
        let percentile90 = try #require(figures.percentile90)
        #expect(percentile90 <= 2, "seed \(Fixture.seed) \(clockID): p90 \(percentile90) WD")
    }
}
