import CaseModel
import LedgerCalendar

/// One child of the DfE Children in Need census as the ledger knows it at the reference date (31 March):
/// identifiers, characteristics and one `Episode` per referral (DOMAIN.md §6; docs/cin-census.md).
public struct CensusChild: Hashable, Sendable {
    /// One assessment (`Assessments`).
    public struct Assessment: Hashable, Sendable {
        /// `AssessmentActualStartDate`.
        public var startDate: CivilDate
        /// `AssessmentInternalReviewDate`.
        public var internalReviewDate: CivilDate?
        /// `AssessmentAuthorisationDate`.
        public var authorisationDate: CivilDate?
        /// `AssessmentFactors`.
        public var factors: [AssessmentFactor]
        /// The positions of the events behind it.
        public var positions: [UInt64]
    }

    /// One CIN plan (`CINPlanDates`).
    public struct CinPlan: Hashable, Sendable {
        /// `CINPlanStartDate`.
        public var startDate: CivilDate
        /// `CINPlanEndDate`.
        public var endDate: CivilDate?
    }

    /// One section 47 enquiry (`Section47`).
    public struct Section47: Hashable, Sendable {
        /// The initiating strategy discussion's date (R3), else the enquiry's.
        public var startDate: CivilDate
        /// Start + 15 elapsed working days.
        public var initialConferenceTarget: CivilDate
        /// `DateOfInitialCPC`.
        public var initialConferenceDate: CivilDate?
        /// `ICPCnotRequired`.
        public var initialConferenceNotRequired: Bool
        /// When the enquiry concluded (not a census element; decides inclusion).
        public var concludedDate: CivilDate?
    }

    /// One child protection plan (`ChildProtectionPlans`).
    public struct ProtectionPlan: Hashable, Sendable {
        /// `CPPstartDate`.
        public var startDate: CivilDate
        /// `CPPendDate`.
        public var endDate: CivilDate?
        /// `InitialCategoryOfAbuse`.
        public var initialCategory: CategoryOfAbuse
        /// `LatestCategoryOfAbuse`.
        public var latestCategory: CategoryOfAbuse
        /// Earlier plans of this child in the ledger.
        public var previousPlanCount: Int
        /// `CPPreviewDate`s.
        public var reviewDates: [CivilDate]
    }

    /// One referral episode (`CINdetails`).
    public struct Episode: Hashable, Sendable {
        /// `CINreferralDate`.
        public var referralDate: CivilDate
        /// `ReferralSource`.
        public var referralSource: ReferralSource
        /// The latest authorised assessment's need code (as at the reference date).
        public var assessedNeed: PrimaryNeedCode?
        /// The need code recorded with the decision to act on the referral.
        public var decisionNeed: PrimaryNeedCode?
        /// `CINclosureDate`.
        public var closureDate: CivilDate?
        /// `ReasonForClosure`.
        public var closureReason: ReasonForClosure?
        /// `Assessments`.
        public var assessments: [Assessment] = []
        /// `CINPlanDates`.
        public var cinPlans: [CinPlan] = []
        /// `Section47`.
        public var section47s: [Section47] = []
        /// `ReferralNFA`.
        public var referralNFA = false
        /// `ChildProtectionPlans`.
        public var protectionPlans: [ProtectionPlan] = []
        /// The position of the referral.
        public var referralPosition: UInt64

        /// Whether any `ReferralDecisionMade` of the episode is dated on or before the reference date.
        public var referralDecided = false

        /// `PrimaryNeedCode`: the latest authorised assessment's, else the referral decision's (the census
        /// records the need at assessment; the decision's code stands until one is authorised), else `N0`
        /// ("not stated") for a referral still awaiting its decision at the reference date.
        public var primaryNeed: PrimaryNeedCode? {
            assessedNeed ?? decisionNeed ?? (isAwaitingDecision ? .notStated : nil)
        }

        /// A referral received and nothing else by the reference date: no decision (to act or not), no
        /// assessment, s47, plan or closure. No need has been stated yet, which is what `N0` says.
        public var isAwaitingDecision: Bool {
            !referralDecided && !referralNFA && closureDate == nil && assessments.isEmpty && cinPlans.isEmpty
                && section47s.isEmpty && protectionPlans.isEmpty
        }
    }

    /// The ledger's child id (`LAchildID`).
    public var childId: String
    /// The latest `ChildRegistered` at the reference date, if any.
    public var registration: ChildRegistered?
    /// `PersonDeathDate`.
    public var deathDate: CivilDate?
    /// Every referral episode, in date order.
    public var episodes: [Episode]
    /// Events the census cannot place (an assessment outside any referral episode, …).
    public var unplacedEvents: [UnplacedEvent]

    /// An event with no referral episode to sit in: its position and type.
    public struct UnplacedEvent: Hashable, Sendable {
        /// The event's ledger position.
        public var position: UInt64
        /// The event's type.
        public var typeName: String
    }
}
