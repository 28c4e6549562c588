import TextFormats

extension CaseState {
    /// The state as a JSON object; absent values are omitted, so the bytes are stable.
    public var jsonValue: JSONValue {
        var members: [String: JSONValue] = ["childId": .string(childId)]
        members["asOf"] = asOf.map { .string($0.description) }
        members["openReferralOn"] = openReferralOn.map { .string($0.description) }
        members["openCinPlanOn"] = openCinPlanOn.map { .string($0.description) }
        members["openCpPlanOn"] = openCpPlanOn.map { .string($0.description) }
        members["lookedAfterSince"] = lookedAfterSince.map { .string($0.description) }
        members["initialCategory"] = initialCategory.map { .string($0.rawValue) }
        members["latestCategory"] = latestCategory.map { .string($0.rawValue) }
        members["allocatedWorkerId"] = allocatedWorkerId.map(JSONValue.string)
        members["allocatedTeamId"] = allocatedTeamId.map(JSONValue.string)
        members["lastVisit"] = lastVisit.map { visit in
            .object([
                "date": .string(visit.date.description), "kind": .string(visit.kind.rawValue),
                "childSeen": .bool(visit.childSeen), "childSeenAlone": .bool(visit.childSeenAlone),
            ])
        }
        return .object(members)
    }
}
