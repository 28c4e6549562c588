import CaseModel

/// Runs `CSVCellDecoder` and turns every failure into a `CaseEventError` with a column path, the same
/// error type the JSON path produces, so both formats report alike.
enum RowDecoding {
    static func decode<T: Decodable>(
        _ type: T.Type, cells: CSVRowCells, prefix: String, typeName: String
    ) throws(CaseEventError) -> T {
        do {
            return try T(from: CSVCellDecoder(row: cells, source: .cells(prefix: prefix), codingPath: []))
        } catch let error as UnknownCodeError {
            throw CaseEventError(
                kind: .unknownCode, path: joined(prefix, error.field), value: error.value, typeName: typeName)
        } catch let error as InvalidDateError {
            throw CaseEventError(
                kind: .invalidDate, path: joined(prefix, error.field), value: error.value, typeName: typeName)
        } catch var error as CaseEventError {
            error.path = joined(prefix, error.path)
            throw error
        } catch let error as DecodingError {
            throw translate(error, prefix: prefix, typeName: typeName)
        } catch {
            throw CaseEventError(kind: .malformed, path: prefix, typeName: typeName)
        }
    }

    private static func translate(_ error: DecodingError, prefix: String, typeName: String) -> CaseEventError {
        switch error {
        case .keyNotFound(let key, let context):
            CaseEventError(
                kind: .missingField, path: joined(prefix, render(context.codingPath + [key])), typeName: typeName)
        case .valueNotFound(_, let context):
            CaseEventError(kind: .missingField, path: joined(prefix, render(context.codingPath)), typeName: typeName)
        case .typeMismatch(_, let context), .dataCorrupted(let context):
            CaseEventError(kind: .malformed, path: joined(prefix, render(context.codingPath)), typeName: typeName)
        @unknown default:
            CaseEventError(kind: .malformed, path: prefix, typeName: typeName)
        }
    }

    /// `actor.recordedBy`, `factors[2]`.
    static func render(_ path: [any CodingKey]) -> String {
        path.reduce(into: "") { text, key in
            if let index = key.intValue {
                text += "[\(index)]"
            } else {
                text += text.isEmpty ? key.stringValue : "." + key.stringValue
            }
        }
    }

    static func joined(_ prefix: String, _ path: String) -> String {
        if prefix.isEmpty { return path }
        if path.isEmpty { return prefix }
        return path.hasPrefix("[") ? prefix + path : prefix + "." + path
    }
}
