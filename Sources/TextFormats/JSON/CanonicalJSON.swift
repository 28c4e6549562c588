/// The project's canonical JSON form: one byte sequence for each `JSONValue`, used wherever bytes are
/// hashed or compared. The full definition is in `docs/canonical-json.md`.
///
/// In short: no whitespace; object members sorted by the UTF-8 bytes of their keys; strings escaped
/// minimally (`\"`, `\\`, `\b \t \n \f \r`, other controls as `\u00xx`, everything else raw UTF-8);
/// integers in plain decimal; `.number` written as its validated source text. For ASCII keys and
/// integer values this is byte-identical to RFC 8785 (JCS); JCS sorts keys by UTF-16 code units and
/// rewrites every number in ECMAScript form, which this form does not.
public enum CanonicalJSON {
    /// Encodes `value` to canonical UTF-8 bytes.
    ///
    /// - Precondition: every `.number` holds RFC 8259 number text (traps otherwise).
    /// - Complexity: O(n log n) in the number of object members (keys are sorted), O(n) otherwise.
    public static func encode(_ value: JSONValue) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(256)
        append(value, to: &output)
        return output
    }

    /// Encodes `value` to canonical JSON text (the same bytes as `encode(_:)`, as a `String`).
    public static func encodeString(_ value: JSONValue) -> String {
        String(decoding: encode(value), as: UTF8.self)
    }

    /// Appends the canonical bytes of `value` to `output`, for callers that build larger buffers.
    public static func append(_ value: JSONValue, to output: inout [UInt8]) {
        if JSONTextWriter.appendScalar(value, to: &output) { return }
        switch value {
        case .array(let elements):
            output.append(UInt8(ascii: "["))
            for (index, element) in elements.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                append(element, to: &output)
            }
            output.append(UInt8(ascii: "]"))
        case .object(let members):
            output.append(UInt8(ascii: "{"))
            for (index, member) in JSONTextWriter.sortedMembers(members).enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                JSONTextWriter.appendString(member.key, to: &output)
                output.append(UInt8(ascii: ":"))
                append(member.value, to: &output)
            }
            output.append(UInt8(ascii: "}"))
        default:
            preconditionFailure("scalars are written by JSONTextWriter.appendScalar")
        }
    }
}
