import LedgerCalendar
import TextFormats

extension RuleDecoder {
    /// A limit: fixed, a `limit` setting, or a fixed amount with a `unit` setting.
    func limit(_ cursor: JSONCursor) throws(RulebookError) -> RuleLimit {
        if let id = try cursor.settingReference() {
            try requireSetting(id, kind: .limit, at: cursor)
            return .setting(id)
        }
        let object = try cursor.object(allowing: ["amount", "unit"])
        let amount = try Self.amount(object.required("amount"))
        let unitCursor = try object.required("unit")
        if let id = try unitCursor.settingReference() {
            try requireSetting(id, kind: .unit, at: unitCursor)
            return .amountWithUnitSetting(amount, unitSetting: id)
        }
        return .fixed(try unitCursor.enumeration(LimitUnit.self, unknown: .unknownUnit).limit(amount))
    }

    /// A fixed limit (a setting's default), with no setting references.
    static func fixedLimit(_ cursor: JSONCursor) throws(RulebookError) -> TimeLimit {
        let object = try cursor.object(allowing: ["amount", "unit"])
        let amount = try amount(object.required("amount"))
        return try object.required("unit").enumeration(LimitUnit.self, unknown: .unknownUnit).limit(amount)
    }

    private static func amount(_ cursor: JSONCursor) throws(RulebookError) -> Int {
        let amount = try cursor.integer()
        guard amount >= 0 else { throw cursor.error(.invalidValue, "limit \(amount) is negative") }
        guard amount <= RuleLimit.amountMax else {
            throw cursor.error(.invalidValue, "limit \(amount) exceeds \(RuleLimit.amountMax)")
        }
        return amount
    }

    /// A literal value or a setting reference of `kind`; `fallback` when the key is absent.
    func settable<Value>(
        _ cursor: JSONCursor?, kind: SettingKind, default fallback: Value,
        literal: (JSONCursor) throws(RulebookError) -> Value
    ) throws(RulebookError) -> Settable<Value> {
        guard let cursor else { return .value(fallback) }
        return try settable(cursor, kind: kind, literal: literal)
    }

    /// A literal value or a setting reference of `kind`.
    func settable<Value>(
        _ cursor: JSONCursor, kind: SettingKind, literal: (JSONCursor) throws(RulebookError) -> Value
    ) throws(RulebookError) -> Settable<Value> {
        if let id = try cursor.settingReference() {
            try requireSetting(id, kind: kind, at: cursor)
            return .setting(id)
        }
        return .value(try literal(cursor))
    }

    func requireSetting(_ id: String, kind: SettingKind, at cursor: JSONCursor) throws(RulebookError) {
        guard let definition = settings[id] else {
            throw cursor.error(.unknownSetting, "setting \"\(id)\" is not defined in this book")
        }
        guard definition.kind == kind else {
            throw cursor.error(
                .settingKindMismatch, "setting \"\(id)\" is a \(definition.kind.rawValue), not a \(kind.rawValue)")
        }
    }

    /// A setting definition object.
    static func settingDefinition(_ cursor: JSONCursor) throws(RulebookError) -> SettingDefinition {
        let object = try cursor.object(allowing: ["id", "title", "kind", "default", "source"])
        let kind = try object.required("kind").enumeration(SettingKind.self)
        return SettingDefinition(
            id: try object.required("id").nonEmptyString(), title: try object.required("title").nonEmptyString(),
            defaultValue: try settingValue(object.required("default"), kind: kind),
            source: try object.required("source").nonEmptyString())
    }

    /// A value of a setting of `kind`: a limit object (`{"amount": 10, "unit": "workingDays"}`) or the
    /// name of a unit, anchor or convention.
    static func settingValue(_ cursor: JSONCursor, kind: SettingKind) throws(RulebookError) -> SettingValue {
        switch kind {
        case .limit: .limit(try fixedLimit(cursor))
        case .unit: .unit(try cursor.enumeration(LimitUnit.self, unknown: .unknownUnit))
        case .anchor: .anchor(try cursor.enumeration(ClockAnchor.self))
        case .dayCount: .dayCount(try cursor.enumeration(DayCountConvention.self))
        case .nonWorkingStart: .nonWorkingStart(try cursor.enumeration(NonWorkingStartPolicy.self))
        case .within: .within(try cursor.enumeration(WithinComparison.self))
        case .teamId: .teamId(try teamId(cursor))
        }
    }

    /// A team id: 1–64 letters, digits or `-_.:/` (the case model's id characters).
    static func teamId(_ cursor: JSONCursor) throws(RulebookError) -> String {
        let text = try cursor.nonEmptyString()
        let allowed = text.utf8.allSatisfy { byte in
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."),
                UInt8(ascii: ":"), UInt8(ascii: "/"):
                true
            default: false
            }
        }
        guard allowed, text.utf8.count <= 64 else {
            throw cursor.error(.invalidValue, "a team id is 1-64 letters, digits or -_.:/")
        }
        return text
    }
}
