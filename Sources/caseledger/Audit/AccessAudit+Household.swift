import CaseModel
import EventStore

extension AccessAudit {
    /// The household streams' prefix: `read --stream household-<id>` shows children's records too.
    static let householdStreamPrefix = "household-"

    /// The children that household records show: each record's `childId` and `subjects`, and the person of a
    /// membership change whose role is child. A record that does not decode (or whose payload a redaction
    /// erased) names no one.
    static func childIds(inHouseholdRecords records: [RecordedEvent]) -> [String] {
        var children: Set<String> = []
        for record in records where !record.payloadErased {
            guard let event = try? CaseEvent.decode(jsonBytes: record.payload, rejectingUnknownKeys: false) else {
                continue
            }
            if let child = event.envelope.childId { children.insert(child) }
            children.formUnion(event.envelope.subjects ?? [])
            if let change = event.data(as: HouseholdMembershipChanged.self), change.role == .child {
                children.insert(change.personId)
            }
        }
        return children.sorted()
    }
}
