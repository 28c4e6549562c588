import CommandLineSupport
import Projections
import Rulebooks
import TextFormats

extension ReportOptions {
    /// Refuses a team-id setting (`oldham.familyConnectTeam`…) of the selected authority's books whose value no
    /// event of the ledger carries in the field the rule compares, when events of that type do carry others:
    /// the rule would silently never start (docs/rulebook-format.md §9).
    /// - Throws: `UsageError` (exit 64) naming the setting and listing the team ids the ledger records.
    static func checkConditionTeams(_ request: Request, in state: ProjectionState, commandPath: [String])
        throws(UsageError)
    {
        guard let authority = request.authority else { return }
        let books = RulebookSet.shipped.books.filter { $0.authority == authority }
        var compared: [String: Set<String>] = [:]  // setting id → "Type.field" it is compared with
        for pattern in books.flatMap(\.rules).flatMap(\.allPatterns) {
            for condition in pattern.conditions {
                for id in condition.settingReferences {
                    compared[id, default: []].insert(pattern.eventType + "." + condition.field)
                }
            }
        }
        for (id, places) in compared.sorted(by: { $0.key < $1.key }) {
            guard case .string(let team)? = RulebookSet.shipped.conditionValue(of: id, settings: request.settings)
            else { continue }
            let events = state.childIds.compactMap { state.children[$0] }.flatMap(\.events)
            let seen = Set(events.flatMap { event in places.compactMap { recorded(event, at: $0) } })
            guard !seen.isEmpty, !seen.contains(team) else { continue }
            let listed = seen.sorted().prefix(teamsListedMax).joined(separator: ", ")
            throw UsageError(
                commandPath: commandPath, argument: "\(id)=\(team)",
                reason: .invalidValue(
                    expected: "a team id the ledger's \(places.sorted().joined(separator: ", ")) records carry: "
                        + listed + " (set it with --setting \(id)=ID)"))
        }
    }

    /// The text value of `Type.field` in `event`, if it is of that type.
    private static func recorded(_ event: EffectiveEvent, at place: String) -> String? {
        guard let dot = place.firstIndex(of: "."), event.typeName == place[..<dot] else { return nil }
        return event.dataFields[String(place[place.index(after: dot)...])]?.stringValue
    }
}
