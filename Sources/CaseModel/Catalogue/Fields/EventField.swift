/// One field of an event's JSON, as the Codable conformance of its type decodes it: the name, the kind of
/// value and whether it may be absent. Read from the types themselves (`EventFieldCatalogue`), never
/// written by hand, so rulebooks are checked against what events really carry.
public struct EventField: Hashable, Sendable, CustomStringConvertible {
    /// The kind of value a field holds.
    public enum Kind: Hashable, Sendable, CustomStringConvertible {
        /// A free string (ids, names of agencies).
        case text
        /// A code from a closed list (`ReferralOutcome`), with every spelling the list allows.
        case code(list: String, values: [String])
        /// An integer.
        case integer
        /// A decimal number.
        case number
        /// A Boolean flag.
        case boolean
        /// A date, `YYYY-MM-DD`.
        case date
        /// An instant with an offset.
        case instant
        /// A calendar month, `YYYY-MM`.
        case month
        /// A financial year, `YYYY/YY`.
        case financialYear
        /// A JSON array.
        case list
        /// A nested JSON object.
        case object

        /// `date`, `code ReferralOutcome`, ….
        public var description: String {
            switch self {
            case .text: "text"
            case .code(let list, _): "code \(list)"
            case .integer: "integer"
            case .number: "number"
            case .boolean: "boolean"
            case .date: "date"
            case .instant: "instant"
            case .month: "month"
            case .financialYear: "financial year"
            case .list: "list"
            case .object: "object"
            }
        }

        /// Whether a rule can compare the field with a scalar (`equals`, `in`).
        public var isScalar: Bool {
            switch self {
            case .text, .code, .integer, .boolean: true
            default: false
            }
        }

        /// Whether the field can give a clock point (a date or an instant).
        public var isTime: Bool { self == .date || self == .instant }
    }

    /// The JSON key.
    public var name: String
    /// The kind of value.
    public var kind: Kind
    /// True when the key may be absent (an optional property).
    public var isOptional: Bool

    /// Creates a field description.
    public init(name: String, kind: Kind, isOptional: Bool) {
        self.name = name
        self.kind = kind
        self.isOptional = isOptional
    }

    /// `registeredOn (date)`, `minutesSharedOn (date, optional)`.
    public var description: String { "\(name) (\(kind)\(isOptional ? ", optional" : ""))" }
}
