import CaseModel

/// Runs `CSVCellDecoder` and turns every failure into a `CaseEventError` with a column path, the same
/// error type the JSON path produces, so both formats report alike.
enum RowDecoding {
    static func decode<T: Decodable>(
        _ type: T.Type, cells: CSVRowCells, prefix: String, typeName: String
    ) throws(CaseEventError) -> T {
        do {
            return try T(from: CSVCellDecoder(row: cells, source: .cells(prefix: prefix), codingPath: []))
        } catch let error as DecodingError {
            throw translate(error, prefix: prefix, typeName: typeName)
        } catch {
            throw CaseEventError.shared(error, under: prefix, typeName: typeName)
                ?? CaseEventError(kind: .malformed, path: prefix, typeName: typeName)
        }
    }

    private static func translate(_ error: DecodingError, prefix: String, typeName: String) -> CaseEventError {
        switch error {
        case .keyNotFound(let key, let context):
            CaseEventError(
                kind: .missingField, path: CaseEventError.joinedPath(prefix, render(context.codingPath + [key])), typeName: typeName)
        case .valueNotFound(_, let context):
            CaseEventError(kind: .missingField, path: CaseEventError.joinedPath(prefix, render(context.codingPath)), typeName: typeName)
        case .typeMismatch(_, let context), .dataCorrupted(let context):
            CaseEventError(kind: .malformed, path: CaseEventError.joinedPath(prefix, render(context.codingPath)), typeName: typeName)
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
}
