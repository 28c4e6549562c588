import Rulebooks

/// The event types that can start, and that can stop, a clock under any rule of one family, in any book.
/// An event of another type cannot match the rule in force whatever its date, so the pairing tests the type
/// before it selects that rule (selection is the costly step, done per event).
struct FamilyEventTypes {
    /// Types of every rule's start patterns.
    private(set) var starts: Set<String> = []
    /// Types of every rule's stop patterns.
    private(set) var stops: Set<String> = []

    /// The types of each family of `rulebooks`, by family.
    static func byFamily(_ rulebooks: RulebookSet) -> [String: FamilyEventTypes] {
        var types: [String: FamilyEventTypes] = [:]
        for book in rulebooks.books {
            for rule in book.rules {
                types[rule.family, default: FamilyEventTypes()].starts.formUnion(rule.startEvents.map(\.eventType))
                types[rule.family, default: FamilyEventTypes()].stops.formUnion(rule.stopEvents.map(\.eventType))
            }
        }
        return types
    }
}
