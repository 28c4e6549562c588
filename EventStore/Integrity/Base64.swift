/// Standard base64 with padding (RFC 4648 §4), as signed notes and checkpoints use it.
///
/// Decoding is strict: only the 64-character alphabet, a length that is a multiple of 4, canonical
/// padding and zero unused bits, so every byte string has exactly one accepted text form.
public enum Base64 {
    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
    private static let padding = UInt8(ascii: "=")

    /// The base64 text of `bytes`.
    public static func encode(_ bytes: [UInt8]) -> String {
        var text: [UInt8] = []
        text.reserveCapacity((bytes.count + 2) / 3 * 4)
        for groupStart in stride(from: 0, to: bytes.count, by: 3) {
            let group = bytes[groupStart..<min(groupStart + 3, bytes.count)]
            var bits: UInt32 = 0
            for (offset, byte) in group.enumerated() { bits |= UInt32(byte) << UInt32(16 - 8 * offset) }
            for index in 0..<4 {
                text.append(index <= group.count ? alphabet[Int(bits >> UInt32(18 - 6 * index) & 0x3f)] : padding)
            }
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// The bytes of strict base64 `text`, or nil if it is not exactly the encoding of some bytes.
    public static func decode(_ text: some StringProtocol) -> [UInt8]? {
        let characters = Array(text.utf8)
        guard characters.count % 4 == 0 else { return nil }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(characters.count / 4 * 3)
        for groupStart in stride(from: 0, to: characters.count, by: 4) {
            let group = characters[groupStart..<groupStart + 4]
            let isLast = groupStart + 4 == characters.count
            let paddingCount = group.reversed().prefix { $0 == padding }.count
            guard paddingCount <= 2, paddingCount == 0 || isLast else { return nil }
            var bits: UInt32 = 0
            for (offset, character) in group.prefix(4 - paddingCount).enumerated() {
                guard let value = alphabet.firstIndex(of: character) else { return nil }
                bits |= UInt32(value) << UInt32(18 - 6 * offset)
            }
            let byteCount = 3 - paddingCount
            guard bits & ((1 << UInt32(8 * (3 - byteCount))) - 1) == 0 else { return nil }  // unused bits are zero
            for index in 0..<byteCount { bytes.append(UInt8(truncatingIfNeeded: bits >> UInt32(16 - 8 * index))) }
        }
        return bytes
    }
}
