extension JSONValue {
    /// Compares two values exactly: strings and object keys by their Unicode scalars.
    ///
    /// Swift's `String ==` treats canonically equivalent spellings (precomposed "é" and "e" + U+0301) as
    /// equal, but they encode to different bytes. Comparing scalars keeps the promise that equal values
    /// have equal canonical bytes. The synthesised `hash(into:)` stays consistent, because it hashes
    /// strings by canonical equivalence, which is coarser than this equality.
    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): true
        case (.bool(let left), .bool(let right)): left == right
        case (.integer(let left), .integer(let right)): left == right
        case (.number(let left), .number(let right)): left.utf8.elementsEqual(right.utf8)
        case (.string(let left), .string(let right)): left.unicodeScalars.elementsEqual(right.unicodeScalars)
        case (.array(let left), .array(let right)): left == right
        case (.object(let left), .object(let right)): objectsEqual(left, right)
        default: false
        }
    }

    private static func objectsEqual(_ left: [String: JSONValue], _ right: [String: JSONValue]) -> Bool {
        guard left.count == right.count else { return false }
        for (key, value) in left {
            guard let index = right.index(forKey: key) else { return false }
            let (rightKey, rightValue) = right[index]
            guard key.unicodeScalars.elementsEqual(rightKey.unicodeScalars), value == rightValue else {
                return false
            }
        }
        return true
    }
}
