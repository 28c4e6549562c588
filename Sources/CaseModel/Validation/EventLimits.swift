/// Limits on event fields, checked by `CaseEvent.validate()`.
public enum EventLimits {
    /// Longest id (eventId, childId, worker ids, linked event ids), in UTF-8 bytes. Fits a UUID with a prefix.
    public static let idLengthBytesMax = 64
    /// Longest free-text field (rationale, reasons), in UTF-8 bytes.
    public static let freeTextBytesMax = 16_384
    /// Most entries in any list field (factors, attendees, evidence references).
    public static let listCountMax = 256
    /// Largest plausible count of previous CP plans or of an action-plan update number.
    public static let smallCountMax = 999

    /// The characters an id may contain: ASCII letters, digits and `-` `_` `.` `:` `/`.
    /// Ids become part of stream names (`child-<childId>`), so spaces and controls are refused.
    public static func isAllowedInID(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"):
            true
        case UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: ":"), UInt8(ascii: "/"):
            true
        default:
            false
        }
    }
}
