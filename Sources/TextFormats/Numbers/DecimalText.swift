/// Integers for people: the one place digits are grouped, so every report and summary agrees.
public enum DecimalText {
    /// `12345` → `12,345`; `-1234567` → `-1,234,567`; commas every three digits, no locale.
    public static func grouped(_ number: some BinaryInteger) -> String {
        let digits = String(number.magnitude)
        var text = number < 0 ? "-" : ""
        text.reserveCapacity(digits.count + digits.count / 3 + 1)
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { text.append(",") }
            text.append(digit)
        }
        return text
    }
}
