/// "Did you mean" suggestions by Levenshtein edit distance.
enum EditDistance {
    /// The largest distance still offered as a suggestion.
    static let suggestionDistanceMax = 2

    /// The candidate closest to `typed` within `suggestionDistanceMax` edits, first one on a tie.
    static func closest(to typed: String, among candidates: [String]) -> String? {
        let scored = candidates.map { (candidate: $0, distance: distance(typed, $0)) }
        guard let best = scored.min(by: { $0.distance < $1.distance }) else { return nil }
        return best.distance <= suggestionDistanceMax ? best.candidate : nil
    }

    /// The number of single-character insertions, deletions and substitutions from `source` to `target`.
    /// Complexity: O(source.count × target.count) time, O(target.count) space.
    static func distance(_ source: String, _ target: String) -> Int {
        let sourceCharacters = Array(source)
        let targetCharacters = Array(target)
        var previousRow = Array(0...targetCharacters.count)
        for (sourceIndex, sourceCharacter) in sourceCharacters.enumerated() {
            var currentRow = [sourceIndex + 1]
            currentRow.reserveCapacity(targetCharacters.count + 1)
            for (targetIndex, targetCharacter) in targetCharacters.enumerated() {
                let substitution = previousRow[targetIndex] + (sourceCharacter == targetCharacter ? 0 : 1)
                let deletion = previousRow[targetIndex + 1] + 1
                let insertion = currentRow[targetIndex] + 1
                currentRow.append(min(substitution, deletion, insertion))
            }
            previousRow = currentRow
        }
        return previousRow[targetCharacters.count]
    }
}
