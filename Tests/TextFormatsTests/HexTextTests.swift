import Testing
import TextFormats

@Test func hexTextEncodesLowercaseTwoDigitsPerByteAndDecodesBack() {
    let bytes: [UInt8] = [0x00, 0x0f, 0xab, 0xff, 0x10]
    #expect(HexText.encode(bytes) == "000fabff10")
    #expect(HexText.decode("000fabff10") == bytes)
    #expect(HexText.encode([]) == "" && HexText.decode("") == [])
}

@Test(arguments: ["abc", "zz", "AB", "0g", " 0"])
func hexTextRefusesOddLengthUppercaseAndNonHexText(text: String) {
    #expect(HexText.decode(text) == nil)
}
