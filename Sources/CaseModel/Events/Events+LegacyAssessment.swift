// Initial and core assessments under the pre-15-April-2013 rules (DOMAIN.md §2): history only.

/// A legacy initial assessment began.
public struct InitialAssessmentStarted: ChildEventData {
    /// `InitialAssessmentStarted`, version 1.
    public static let typeName = "InitialAssessmentStarted"
    /// Current schema version.
    public static let schemaVersion = 1
    /// Opens a legacy initial assessment.
    public static let episodeBoundary: EpisodeBoundary? = EpisodeBoundary(.start, of: .initialAssessment)

    /// Creates the payload (no fields).
    public init() {}
}

/// A legacy initial assessment was completed.
public struct InitialAssessmentCompleted: ChildEventData {
    /// `InitialAssessmentCompleted`, version 1.
    public static let typeName = "InitialAssessmentCompleted"
    /// Current schema version.
    public static let schemaVersion = 1
    /// Closes a legacy initial assessment.
    public static let episodeBoundary: EpisodeBoundary? = EpisodeBoundary(.end, of: .initialAssessment)

    /// The next step decided.
    public var nextStep: AssessmentNextStep

    /// Creates the payload.
    public init(nextStep: AssessmentNextStep) { self.nextStep = nextStep }
}

/// A legacy core assessment began (the 35 WD clock).
public struct CoreAssessmentStarted: ChildEventData {
    /// `CoreAssessmentStarted`, version 1.
    public static let typeName = "CoreAssessmentStarted"
    /// Current schema version.
    public static let schemaVersion = 1
    /// Opens a legacy core assessment.
    public static let episodeBoundary: EpisodeBoundary? = EpisodeBoundary(.start, of: .coreAssessment)

    /// Creates the payload (no fields).
    public init() {}
}

/// A legacy core assessment was completed. Legacy factors 18A/19A are accepted here.
public struct CoreAssessmentCompleted: ChildEventData {
    /// `CoreAssessmentCompleted`, version 1.
    public static let typeName = "CoreAssessmentCompleted"
    /// Current schema version.
    public static let schemaVersion = 1
    /// Closes a legacy core assessment.
    public static let episodeBoundary: EpisodeBoundary? = EpisodeBoundary(.end, of: .coreAssessment)

    /// Factors identified (legacy codes allowed).
    public var factors: [AssessmentFactor]
    /// The next step decided.
    public var nextStep: AssessmentNextStep

    /// Creates the payload.
    public init(factors: [AssessmentFactor] = [], nextStep: AssessmentNextStep) {
        self.factors = factors
        self.nextStep = nextStep
    }

    /// Factor rules, legacy codes allowed.
    public func issues(in envelope: EventEnvelope) -> [ValidationIssue] {
        FactorRules.issues(factors, at: "data.factors", legacyAllowed: true)
    }
}
