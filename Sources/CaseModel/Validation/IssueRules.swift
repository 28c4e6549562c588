import LedgerCalendar

/// Small reusable validation rules; each returns the issues it finds (empty when the rule holds).
enum IssueRules {
    /// An id: non-empty, at most `EventLimits.idLengthBytesMax` bytes, only `EventLimits.isAllowedInID` bytes.
    static func id(_ text: String, at path: String) -> [ValidationIssue] {
        let bytes = Array(text.utf8)
        if bytes.isEmpty { return [ValidationIssue(path: path, reason: .idEmpty)] }
        if bytes.count > EventLimits.idLengthBytesMax { return [ValidationIssue(path: path, reason: .idTooLong)] }
        guard bytes.allSatisfy(EventLimits.isAllowedInID) else {
            return [ValidationIssue(path: path, reason: .idInvalidCharacter)]
        }
        return []
    }

    /// An optional id: checked only when present.
    static func id(_ text: String?, at path: String) -> [ValidationIssue] {
        text.map { id($0, at: path) } ?? []
    }

    /// Each id in a list, plus the list length.
    static func ids(_ list: [String], at path: String) -> [ValidationIssue] {
        count(list, at: path) + list.enumerated().flatMap { id($1, at: "\(path)[\($0)]") }
    }

    /// Free text within `EventLimits.freeTextBytesMax` (the text itself is never reported).
    static func text(_ text: String?, at path: String) -> [ValidationIssue] {
        guard let text, text.utf8.count > EventLimits.freeTextBytesMax else { return [] }
        return [ValidationIssue(path: path, reason: .textTooLong)]
    }

    /// A list within `EventLimits.listCountMax`.
    static func count<T>(_ list: [T], at path: String) -> [ValidationIssue] {
        list.count > EventLimits.listCountMax ? [ValidationIssue(path: path, reason: .listTooLong)] : []
    }

    /// A list with at least one entry.
    static func nonEmpty<T>(_ list: [T], at path: String) -> [ValidationIssue] {
        list.isEmpty ? [ValidationIssue(path: path, reason: .atLeastOneRequired)] : count(list, at: path)
    }

    /// Required free text: not empty (only whitespace counts as empty) and within the length limit.
    static func requiredText(_ text: String, at path: String) -> [ValidationIssue] {
        guard text.contains(where: { !$0.isWhitespace }) else {
            return [ValidationIssue(path: path, reason: .textRequired)]
        }
        return self.text(text, at: path)
    }

    /// `end` not before `start`.
    static func order(start: CivilDate, end: CivilDate?, at path: String) -> [ValidationIssue] {
        guard let end, end < start else { return [] }
        return [ValidationIssue(path: path, value: end.description, reason: .endBeforeStart)]
    }

    /// A count in `0...EventLimits.smallCountMax` (or `1...` when `minimum` is 1).
    static func smallCount(_ value: Int?, minimum: Int = 0, at path: String) -> [ValidationIssue] {
        guard let value, !(minimum...EventLimits.smallCountMax).contains(value) else { return [] }
        return [ValidationIssue(path: path, value: String(value), reason: .numberOutOfRange)]
    }

    /// A code that must be the only entry of its list (factor 21, disability NONE).
    static func standAlone<Code: CodeList>(
        _ code: Code, in list: [Code], at path: String, reason: ValidationIssue.Reason
    ) -> [ValidationIssue] {
        guard list.count > 1, let index = list.firstIndex(of: code) else { return [] }
        return [ValidationIssue(path: "\(path)[\(index)]", value: code.rawValue, reason: reason)]
    }

    /// Each code listed at most once (a repeat is a warning: the meaning is unchanged).
    static func duplicates<Code: CodeList>(_ list: [Code], at path: String) -> [ValidationIssue] {
        var seen: Set<Code> = []
        var issues: [ValidationIssue] = []
        for (index, code) in list.enumerated() where !seen.insert(code).inserted {
            issues.append(
                ValidationIssue(
                    path: "\(path)[\(index)]", value: code.rawValue, reason: .duplicateCode, severity: .warning))
        }
        return issues
    }

    /// A category of abuse is required exactly when a plan results (absent otherwise: a warning).
    static func category(_ category: CategoryOfAbuse?, planResults: Bool, at path: String) -> [ValidationIssue] {
        switch (planResults, category) {
        case (true, nil): [ValidationIssue(path: path, reason: .categoryRequired)]
        case (false, let category?):
            [ValidationIssue(path: path, value: category.rawValue, reason: .categoryWithoutPlan, severity: .warning)]
        default: []
        }
    }
}
