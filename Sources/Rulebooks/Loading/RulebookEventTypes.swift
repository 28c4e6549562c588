import CaseModel

/// The event type names rules are checked against when loading.
public enum RulebookEventTypes {
    /// The CaseModel catalogue's type names: what shipped and user books are checked against.
    public static let catalogue: Set<String> = Set(EventCatalogue.types.map { $0.typeName })
}
