import LedgerCalendar
import TextFormats

/// A JSON value with the path that reached it, so every refusal names where it happened.
struct JSONCursor {
    let value: JSONValue
    let path: String
    let ruleID: String?

    init(_ value: JSONValue, path: String = "", ruleID: String? = nil) {
        self.value = value
        self.path = path
        self.ruleID = ruleID
    }

    /// The same value, attributed to a rule.
    func within(rule id: String) -> JSONCursor { JSONCursor(value, path: path, ruleID: id) }

    func error(_ code: RulebookError.Code, _ reason: String, field: String? = nil) -> RulebookError {
        RulebookError(code, path: path, ruleID: ruleID, field: field, reason: reason)
    }

    /// The members of an object, refusing keys outside `allowed`.
    func object(allowing allowed: Set<String>) throws(RulebookError) -> JSONObjectCursor {
        guard let members = value.objectValue else {
            throw error(.wrongType, "expected an object, found \(value.kindName)")
        }
        if let unknown = members.keys.sorted().first(where: { !allowed.contains($0) }) {
            throw child(unknown, members[unknown] ?? .null).error(
                .unknownKey, "key \"\(unknown)\" is not in the format")
        }
        return JSONObjectCursor(cursor: self, members: members)
    }

    func child(_ key: String, _ value: JSONValue) -> JSONCursor {
        JSONCursor(value, path: path.isEmpty ? key : "\(path).\(key)", ruleID: ruleID)
    }

    func string() throws(RulebookError) -> String {
        guard let text = value.stringValue else {
            throw error(.wrongType, "expected a string, found \(value.kindName)")
        }
        return text
    }

    func nonEmptyString() throws(RulebookError) -> String {
        let text = try string()
        guard !text.isEmpty else { throw error(.invalidValue, "must not be empty") }
        return text
    }

    func integer() throws(RulebookError) -> Int {
        guard let number = value.integerValue, let integer = Int(exactly: number) else {
            throw error(.wrongType, "expected an integer, found \(value.kindName)")
        }
        return integer
    }

    func array() throws(RulebookError) -> [JSONCursor] {
        guard let elements = value.arrayValue else {
            throw error(.wrongType, "expected an array, found \(value.kindName)")
        }
        return elements.enumerated().map { JSONCursor($1, path: "\(path)[\($0)]", ruleID: ruleID) }
    }

    func nonEmptyArray() throws(RulebookError) -> [JSONCursor] {
        let elements = try array()
        guard !elements.isEmpty else { throw error(.invalidValue, "must have at least one element") }
        return elements
    }

    /// A date `YYYY-MM-DD`, or nil for JSON null.
    func optionalDate() throws(RulebookError) -> CivilDate? {
        if value.isNull { return nil }
        let text = try string()
        guard let date = CivilDate(iso8601: text) else {
            throw error(.invalidValue, "\"\(text)\" is not a YYYY-MM-DD date")
        }
        return date
    }

    /// One of an enumeration's raw values; `code` is the error for anything else.
    func enumeration<Value: RawRepresentable & CaseIterable>(
        _ type: Value.Type, unknown code: RulebookError.Code = .invalidValue
    ) throws(RulebookError) -> Value where Value.RawValue == String {
        let text = try string()
        guard let parsed = Value(rawValue: text) else {
            let allowed = Value.allCases.map(\.rawValue).joined(separator: ", ")
            throw error(code, "\"\(text)\" is not one of \(allowed)")
        }
        return parsed
    }

    /// `{"setting": id}` if this is a setting reference, nil otherwise.
    func settingReference() throws(RulebookError) -> String? {
        guard let members = value.objectValue, members["setting"] != nil else { return nil }
        return try object(allowing: ["setting"]).required("setting").nonEmptyString()
    }
}

/// An object's members under a cursor.
struct JSONObjectCursor {
    let cursor: JSONCursor
    let members: [String: JSONValue]

    func required(_ key: String) throws(RulebookError) -> JSONCursor {
        guard let value = members[key] else { throw cursor.error(.missingKey, "required key \"\(key)\" is missing") }
        return cursor.child(key, value)
    }

    /// The member, or nil when absent or JSON null.
    func optional(_ key: String) -> JSONCursor? {
        guard let value = members[key], !value.isNull else { return nil }
        return cursor.child(key, value)
    }
}
