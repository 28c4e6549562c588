import TextFormats

/// Formats measured numbers for the report: digit grouping for large values, more decimals for small
/// ones, so every figure shows about four significant digits without Foundation's formatters.
enum NumberText {
    /// `1234567.8` → `1,234,568`; `412.34` → `412.3`; `3.14159` → `3.142`; `0.015625` → `0.01563`.
    static func format(_ value: Double) -> String {
        precondition(value.isFinite, "formatting a non-finite value")
        let magnitude = abs(value)
        let decimalCount: Int
        switch magnitude {
        case 1_000...: decimalCount = 0
        case 100..<1_000: decimalCount = 1
        case 10..<100: decimalCount = 2
        case 1..<10: decimalCount = 3
        default: decimalCount = 5
        }
        return fixed(value, decimalCount: decimalCount)
    }

    /// `value` rounded to `decimalCount` decimals, with the integer part grouped by thousands.
    static func fixed(_ value: Double, decimalCount: Int) -> String {
        var scale = 1.0
        for _ in 0..<decimalCount { scale *= 10 }
        let scaled = Int64((abs(value) * scale).rounded())
        let integerPart = scaled / Int64(scale)
        let fractionPart = scaled % Int64(scale)
        let sign = value < 0 && scaled != 0 ? "-" : ""
        guard decimalCount > 0 else { return sign + grouped(integerPart) }
        let fractionDigits = String(fractionPart)
        let padding = String(repeating: "0", count: decimalCount - fractionDigits.count)
        return sign + grouped(integerPart) + "." + padding + fractionDigits
    }

    /// A count with thousands separators: `16384` → `16,384`.
    static func count(_ value: Int) -> String {
        (value < 0 ? "-" : "") + grouped(Int64(value.magnitude))
    }

    /// A byte size in binary units: `67108864` → `64 MiB`, `512` → `512 B`.
    static func bytes(_ sizeBytes: Int) -> String {
        let units = ["B", "KiB", "MiB", "GiB", "TiB"]
        var value = Double(sizeBytes)
        var unitIndex = 0
        while value >= 1_024 && unitIndex < units.count - 1 {
            value /= 1_024
            unitIndex += 1
        }
        let isWhole = value == value.rounded()
        return (isWhole ? fixed(value, decimalCount: 0) : fixed(value, decimalCount: 1)) + " " + units[unitIndex]
    }

    /// A non-negative integer with leading zeros to at least `width` digits: `(42, 6)` → `000042`.
    static func zeroPadded(_ value: Int, width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    private static func grouped(_ value: Int64) -> String { DecimalText.grouped(value) }
}
