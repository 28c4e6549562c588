/// Splits a chunked byte stream into LF-terminated lines with 1-based line numbers, in memory bounded by
/// one chunk plus `lineSizeBytesMax`.
struct LineReader {
    /// The longest line kept, in bytes; a longer line is reported as `tooLong` and skipped.
    static let lineSizeBytesMax = 1 << 20

    /// One line without its LF (and without a CR before it).
    enum Line {
        /// The line's bytes.
        case text([UInt8])
        /// The line exceeded `lineSizeBytesMax`; its bytes were dropped.
        case tooLong
    }

    private let reader: any ChunkReader
    private var chunk: [UInt8] = []
    private var position = 0
    private var isAtEnd = false
    private var lineNumber = 0

    init(reader: any ChunkReader) { self.reader = reader }

    /// The next line and its number, or nil at the end.
    mutating func next() throws(ImportError) -> (number: Int, line: Line)? {
        var line: [UInt8] = []
        var overflowed = false
        while true {
            if position == chunk.count {
                guard try refill() else {
                    guard !line.isEmpty || overflowed else { return nil }
                    return finish(line, overflowed: overflowed)
                }
            }
            let rest = chunk[position...]
            let newline = rest.firstIndex(of: UInt8(ascii: "\n"))
            let piece = rest[..<(newline ?? chunk.count)]
            if !overflowed, line.count + piece.count <= Self.lineSizeBytesMax {
                line.append(contentsOf: piece)
            } else {
                overflowed = true
                line.removeAll()
            }
            position = newline.map { $0 + 1 } ?? chunk.count
            if newline != nil { return finish(line, overflowed: overflowed) }
        }
    }

    /// The UTF-8 byte order mark, tolerated at the start of the first line (as CSV tolerates it).
    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    private mutating func finish(_ line: [UInt8], overflowed: Bool) -> (number: Int, line: Line) {
        lineNumber += 1
        guard !overflowed else { return (lineNumber, .tooLong) }
        var text = line.last == UInt8(ascii: "\r") ? Array(line.dropLast()) : line
        if lineNumber == 1, text.starts(with: Self.byteOrderMark) { text.removeFirst(Self.byteOrderMark.count) }
        return (lineNumber, .text(text))
    }

    private mutating func refill() throws(ImportError) -> Bool {
        guard !isAtEnd, let next = try reader.nextChunk(), !next.isEmpty else {
            isAtEnd = true
            return false
        }
        chunk = next
        position = 0
        return true
    }
}
