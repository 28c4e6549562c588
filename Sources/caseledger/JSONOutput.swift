import TextFormats

/// Conversions from engine values to `JSONValue` for `--json` output.
enum JSONOutput {
    /// An unsigned count or position: `.integer` when it fits in `Int64`, else its exact decimal text.
    static func integer(_ value: UInt64) -> JSONValue {
        Int64(exactly: value).map(JSONValue.integer) ?? .number(String(value))
    }

    /// One line of JSON (canonical: sorted keys, no spaces) with its newline.
    static func line(_ value: JSONValue) -> String {
        CanonicalJSON.encodeString(value) + "\n"
    }
}
