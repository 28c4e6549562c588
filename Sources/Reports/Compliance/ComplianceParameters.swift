import LedgerCalendar
import Projections
import Rulebooks

/// What a compliance report is asked for. Every field is printed in the report's provenance.
public struct ComplianceParameters: Hashable, Sendable {
    /// First clock-start date counted (inclusive).
    public var from: CivilDate
    /// Last clock-start date counted (inclusive).
    public var to: CivilDate
    /// The date open clocks are judged at, and after which events are not yet known to have happened.
    public var asOf: CivilDate
    /// Only clocks measured under this rulebook (by name), or every book when nil.
    public var rulebookName: String?
    /// Only clocks whose child was allocated to this team at the clock start, or every team when nil.
    public var team: String?
    /// The local authority whose local rulebooks apply (nil: national books only).
    public var authority: String?
    /// Rule-setting overrides.
    public var settings: RuleSettings
    /// The recording standard late records are judged against.
    public var recordingStandard: RecordingStandard
    /// The generation time printed in the report. Explicit so the same inputs give the same bytes; the
    /// CLI defaults it to the ledger time of the last record.
    public var generatedAt: String

    /// Creates parameters.
    public init(
        from: CivilDate, to: CivilDate, asOf: CivilDate, rulebookName: String? = nil, team: String? = nil,
        authority: String? = nil, settings: RuleSettings = RuleSettings(),
        recordingStandard: RecordingStandard = .oldham, generatedAt: String
    ) {
        self.from = from
        self.to = to
        self.asOf = asOf
        self.rulebookName = rulebookName
        self.team = team
        self.authority = authority
        self.settings = settings
        self.recordingStandard = recordingStandard
        self.generatedAt = generatedAt
    }

    /// The parameters as ordered key/value pairs, for provenance.
    public var provenancePairs: [(key: String, value: String)] {
        [
            ("from", from.description), ("to", to.description), ("asOf", asOf.description),
            ("rulebook", rulebookName ?? "all"), ("team", team ?? "all"), ("authority", authority ?? "none"),
            ("settingOverrides", settings.overrides.keys.sorted().map { "\($0)=\(settings.overrides[$0]!)" }
                .joined(separator: ";")),
            ("recordingStandard", recordingStandardText),
        ]
    }

    /// `oldham.recording (CoreGroupMeetingHeld 5 WD, StatutoryVisitMade 5 WD, StrategyDiscussionHeld 5 WD)`.
    private var recordingStandardText: String {
        let limits = recordingStandard.limitWorkingDaysByType.keys.sorted().map {
            "\($0) \(recordingStandard.limitWorkingDaysByType[$0]!) WD"
        }
        return "\(recordingStandard.name) (\(limits.joined(separator: ", ")))"
    }
}
