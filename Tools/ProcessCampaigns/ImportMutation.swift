import SeededRandom

/// The seeded mutations the import fuzzer applies to a valid JSONL or CSV file. Each keeps the file's
/// other lines as they were; several may be stacked on one input.
public enum ImportMutation: String, CaseIterable, Sendable {
    case byteFlip, truncation, duplicatedField, removedField, wrongType, hugeNumber, invalidUTF8, byteOrderMark
    case crlf, deepNesting, unknownKey

    /// Applies the mutation to `bytes`, a file of `format` (`jsonl` or `csv`), choosing with `random`.
    public func apply(to bytes: [UInt8], format: String, random: inout SplitMix64) -> [UInt8] {
        guard !bytes.isEmpty else { return bytes }
        switch self {
        case .byteFlip:
            var flipped = bytes
            flipped[random.next(below: bytes.count)] ^= UInt8(1) << UInt8(random.next(below: 8))
            return flipped
        case .truncation: return Array(bytes[..<random.next(below: bytes.count)])
        case .invalidUTF8:
            let sequences: [[UInt8]] = [
                [0xFF], [0xC3, 0x28], [0xED, 0xA0, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80], [0xC0],
            ]
            return Self.inserting(sequences[random.next(below: sequences.count)], in: bytes, random: &random)
        case .byteOrderMark:
            let lineStarts = [0] + bytes.indices.filter { bytes[$0] == 0x0A }.map { $0 + 1 }
            var marked = bytes
            marked.insert(contentsOf: [0xEF, 0xBB, 0xBF], at: lineStarts[random.next(below: lineStarts.count)])
            return marked
        case .crlf:
            return random.nextBool()
                ? bytes.flatMap { $0 == 0x0A ? [0x0D, 0x0A] : [$0] } : Self.replacingOneLineEnd(bytes, random: &random)
        default:
            var lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
                .map(String.init)
            let editable = lines.indices.filter { !lines[$0].isEmpty }
            guard !editable.isEmpty else { return bytes }
            let index = editable[random.next(below: editable.count)]
            lines[index] =
                format == "csv"
                ? CSVLineMutation.apply(self, to: lines[index], isHeader: index == 0, random: &random)
                : JSONLineMutation.apply(self, to: lines[index], random: &random)
            return Array(lines.joined(separator: "\n").utf8)
        }
    }

    private static func inserting(_ inserted: [UInt8], in bytes: [UInt8], random: inout SplitMix64) -> [UInt8] {
        var result = bytes
        result.insert(contentsOf: inserted, at: random.next(below: bytes.count + 1))
        return result
    }

    private static func replacingOneLineEnd(_ bytes: [UInt8], random: inout SplitMix64) -> [UInt8] {
        let ends = bytes.indices.filter { bytes[$0] == 0x0A }
        guard !ends.isEmpty else { return bytes }
        var result = bytes
        result.insert(0x0D, at: ends[random.next(below: ends.count)])
        return result
    }

    /// Values of the wrong type, huge or odd numbers, and nested arrays of growing depth.
    static func replacementValue(for mutation: ImportMutation, random: inout SplitMix64) -> String {
        switch mutation {
        case .wrongType:
            let values = ["12", "\"12\"", "true", "null", "[]", "{}", "\"x\"", "-1", "\"\"", "[\"a\",1]"]
            return values[random.next(below: values.count)]
        case .hugeNumber:
            let values = [
                "1e400", "123456789012345678901234567890", "-9223372036854775809", "18446744073709551616", "1.5",
                "-0", "1E+2", "0.0000000000000000000001", "99999999999",
            ]
            return values[random.next(below: values.count)]
        default:
            let depth = [2, 64, 1_000, 20_000, 200_000][random.next(below: 5)]
            return String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        }
    }
}

/// Mutations inside one JSON line, on `"key":value` members found by a small scan (no JSON parser: the
/// point is to produce what a parser must survive).
enum JSONLineMutation {
    static func apply(_ mutation: ImportMutation, to line: String, random: inout SplitMix64) -> String {
        let members = scalarMembers(in: line)
        switch mutation {
        case .duplicatedField:
            guard let member = members.randomElement(using: &random), let brace = line.firstIndex(of: "{") else {
                return line
            }
            var result = line
            result.insert(contentsOf: String(line[member]) + ",", at: result.index(after: brace))
            return result
        case .removedField:
            guard let member = members.randomElement(using: &random) else { return line }
            var result = line
            let end =
                result[member.upperBound...].first == "," ? result.index(after: member.upperBound) : member.upperBound
            result.removeSubrange(member.lowerBound..<end)
            return result
        case .unknownKey:
            let braces = line.indices.filter { line[$0] == "{" }
            guard let brace = braces.randomElement(using: &random) else { return line }
            var result = line
            result.insert(contentsOf: #""zzUnknown\#(random.next(below: 10))":1,"#, at: result.index(after: brace))
            return result
        default:
            guard let member = members.randomElement(using: &random), let colon = line[member].firstIndex(of: ":")
            else { return line }
            var result = line
            result.replaceSubrange(
                line.index(after: colon)..<member.upperBound,
                with: ImportMutation.replacementValue(for: mutation, random: &random))
            return result
        }
    }

    /// Ranges of `"key":value` where value is a string without escapes, a number, true, false or null.
    static func scalarMembers(in line: String) -> [Range<String.Index>] {
        var ranges: [Range<String.Index>] = []
        var index = line.startIndex
        while let keyStart = line[index...].firstIndex(of: "\"") {
            guard let keyEnd = line[line.index(after: keyStart)...].firstIndex(of: "\"") else { break }
            let afterKey = line.index(after: keyEnd)
            index = afterKey
            guard afterKey < line.endIndex, line[afterKey] == ":" else { continue }
            let valueStart = line.index(after: afterKey)
            guard valueStart < line.endIndex, line[valueStart] != "{", line[valueStart] != "[" else { continue }
            let valueEnd: String.Index
            if line[valueStart] == "\"" {
                guard let close = line[line.index(after: valueStart)...].firstIndex(of: "\"") else { break }
                valueEnd = line.index(after: close)
            } else {
                valueEnd = line[valueStart...].firstIndex { ",}]".contains($0) } ?? line.endIndex
            }
            ranges.append(keyStart..<valueEnd)
            index = valueEnd
        }
        return ranges
    }
}

/// Mutations inside one CSV line: a cell replaced, a column name duplicated or dropped, an unknown column.
enum CSVLineMutation {
    static func apply(_ mutation: ImportMutation, to line: String, isHeader: Bool, random: inout SplitMix64) -> String {
        var cells = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        let index = random.next(below: cells.count)
        switch mutation {
        case .duplicatedField:
            cells.insert(cells[index], at: random.next(below: cells.count + 1))
        case .removedField:
            cells.remove(at: index)
        case .unknownKey:
            cells.append(isHeader ? "data.zzUnknown" : "\"x,\"\"y\"")
        default:
            cells[index] = ImportMutation.replacementValue(for: mutation, random: &random)
        }
        return cells.joined(separator: ",")
    }
}
