import Testing
import TextFormats

@Test(arguments: [
    (0, "0"), (7, "7"), (999, "999"), (1_000, "1,000"), (12_345, "12,345"), (1_234_567, "1,234,567"),
    (-1_234, "-1,234"), (-999, "-999"), (Int.min, "-9,223,372,036,854,775,808"),
])
func decimalTextGroupsDigitsInThrees(number: Int, expected: String) {
    #expect(DecimalText.grouped(number) == expected)
}
