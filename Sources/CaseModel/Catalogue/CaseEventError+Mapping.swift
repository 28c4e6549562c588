extension CaseEventError {
    /// A field path under `prefix`: `data` + `factors[2]` → `data.factors[2]`; `data` + `[1]` → `data[1]`.
    public static func joinedPath(_ prefix: String, _ path: String) -> String {
        if prefix.isEmpty { return path }
        if path.isEmpty { return prefix }
        return path.hasPrefix("[") ? prefix + path : prefix + "." + path
    }

    /// The failures every payload decoder shares (JSON or CSV cells), as an error under `prefix`: an unknown
    /// code, an invalid date, or a `CaseEventError` from a nested decoder. Nil for any other error: the
    /// caller maps its own decoder's errors, and anything left is `malformed`.
    public static func shared(_ error: any Error, under prefix: String, typeName: String) -> CaseEventError? {
        if let error = error as? UnknownCodeError {
            return CaseEventError(
                kind: .unknownCode, path: joinedPath(prefix, error.field), value: error.value, typeName: typeName)
        }
        if let error = error as? InvalidDateError {
            return CaseEventError(
                kind: .invalidDate, path: joinedPath(prefix, error.field), value: error.value, typeName: typeName)
        }
        if var error = error as? CaseEventError {
            error.path = joinedPath(prefix, error.path)
            return error
        }
        return nil
    }
}
