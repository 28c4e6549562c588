/// Valid catalogue events for the process campaigns: per synthetic child, the six-event journey of
/// docs/import-format.md (a referral through to a closed CP plan), with ids made unique by a tag.
public enum CampaignEvents {
    /// The event ids of one child's journey, in order.
    public static func eventIDs(tag: String) -> [String] {
        (1...6).map { "E-\(tag)-\($0)" }
    }

    /// The stream a child's events are appended to.
    public static func stream(tag: String) -> String { "child-C-\(tag)" }

    /// One child's journey as six JSONL lines (no line ends).
    public static func jsonLines(tag: String) -> [String] {
        let ids = eventIDs(tag: tag)
        func line(_ number: Int, _ type: String, on date: String, at instant: String? = nil, data: String) -> String {
            let occurredAt = instant.map { #""occurredAt":"\#($0)","# } ?? ""
            return #"{"eventId":"\#(ids[number - 1])","childId":"C-\#(tag)","occurredOn":"\#(date)",\#(occurredAt)"#
                + #""recordedAt":"2014-11-20T09:00:00Z","actor":{"recordedBy":"sw-7"},"type":"\#(type)","#
                + #""schemaVersion":1,"data":\#(data)}"#
        }
        return [
            line(1, "ReferralReceived", on: "2014-05-12", data: #"{"source":"2A","householdMemberIds":[]}"#),
            line(
                2, "StrategyDiscussionHeld", on: "2014-05-13", at: "2014-05-13T10:00:00Z",
                data: #"{"form":"meeting","initiatesSection47":true,"attendingAgencies":["police-1"]}"#),
            line(
                3, "Section47Started", on: "2014-05-13",
                data: #"{"strategyDiscussionEventId":"\#(ids[1])","jointWithPolice":true}"#),
            line(
                4, "IcpcHeld", on: "2014-05-15",
                data:
                    #"{"preBirth":false,"planRequired":true,"category":"NEG","parentalFactors":{"domesticAbuse":true,"#
                    + #""mentalIllHealth":false,"drugMisuse":false,"alcoholMisuse":false}}"#),
            line(5, "CpPlanStarted", on: "2014-05-15", data: #"{"initialCategory":"NEG"}"#),
            line(6, "CpPlanEnded", on: "2014-11-19", data: #"{"reason":"noLongerAtRisk"}"#),
        ]
    }

    /// The CSV header matching `csvRows(tag:)` (docs/import-format.md, section 3).
    public static let csvHeader =
        "type,eventId,childId,occurredOn,occurredAt,recordedAt,actor.recordedBy,data.source,data.householdMemberIds,"
        + "data.form,data.initiatesSection47,data.attendingAgencies,data.strategyDiscussionEventId,"
        + "data.jointWithPolice,data.preBirth,data.planRequired,data.category,data.parentalFactors.domesticAbuse,"
        + "data.parentalFactors.mentalIllHealth,data.parentalFactors.drugMisuse,"
        + "data.parentalFactors.alcoholMisuse,data.initialCategory,data.reason"

    /// One child's journey as six CSV rows (no line ends), the same events as `jsonLines(tag:)`.
    public static func csvRows(tag: String) -> [String] {
        let ids = eventIDs(tag: tag)
        func row(_ number: Int, _ type: String, _ dates: String, _ dataCells: String) -> String {
            "\(type),\(ids[number - 1]),C-\(tag),\(dates),2014-11-20T09:00:00Z,sw-7,\(dataCells)"
        }
        return [
            row(1, "ReferralReceived", "2014-05-12,", "2A,,,,,,,,,,,,,,,"),
            row(2, "StrategyDiscussionHeld", "2014-05-13,2014-05-13T10:00:00Z", ",,meeting,true,police-1,,,,,,,,,,,"),
            row(3, "Section47Started", "2014-05-13,", ",,,,,\(ids[1]),true,,,,,,,,,"),
            row(4, "IcpcHeld", "2014-05-15,", ",,,,,,,false,true,NEG,true,false,false,false,,"),
            row(5, "CpPlanStarted", "2014-05-15,", ",,,,,,,,,,,,,,NEG,"),
            row(6, "CpPlanEnded", "2014-11-19,", ",,,,,,,,,,,,,,,noLongerAtRisk"),
        ]
    }
}
