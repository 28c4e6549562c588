/// What a generation run produced.
public struct GenerationSummary: Hashable, Sendable, CustomStringConvertible {
    /// Households with events (households referred only during the burn-in have none and are not counted).
    public var householdCount = 0
    /// Children with events.
    public var childCount = 0
    /// Events emitted.
    public var eventCount = 0
    /// Events emitted, by `type`.
    public var eventCountsByType: [String: Int] = [:]

    /// An empty summary.
    public init() {}

    /// Events of `typeName` emitted (0 if none).
    public func eventCount(ofType typeName: String) -> Int { eventCountsByType[typeName, default: 0] }

    /// Counts one event.
    mutating func count(typeName: String) {
        eventCount += 1
        eventCountsByType[typeName, default: 0] += 1
    }

    /// Totals on the first line, then one `type count` line per type, by type name.
    public var description: String {
        var lines = ["households \(householdCount), children \(childCount), events \(eventCount)"]
        for typeName in eventCountsByType.keys.sorted() {
            lines.append("  \(typeName) \(eventCountsByType[typeName, default: 0])")
        }
        return lines.joined(separator: "\n")
    }
}
