import TextFormats

extension Pseudonyms {
    /// The key file's `format` member.
    public static let keyFileFormat = "caseledger.pseudonyms/1"

    /// A key file that is not a pseudonym map: where and why (no identifiers or labels in the message).
    public struct KeyFileError: Error, Sendable, Equatable, CustomStringConvertible {
        /// Why the document was refused.
        public var reason: String
        /// `pseudonym key file: <reason>`.
        public var description: String { "pseudonym key file: \(reason)" }
    }

    /// Reads a key file: `{"format":"caseledger.pseudonyms/1","labels":{"<id>":"<label>",…}}`.
    ///
    /// - Throws: `KeyFileError` for a document that is not JSON, has another format, or whose labels are not
    ///   strings or are not unique (two people under one label would merge them in every output).
    public init(keyFileBytes bytes: [UInt8]) throws(KeyFileError) {
        let document: JSONValue
        do {
            document = try JSONParser.parse(bytes)
        } catch {
            throw KeyFileError(reason: "not JSON (\(error))")
        }
        guard case .object(let members) = document, members["format"]?.stringValue == Self.keyFileFormat else {
            throw KeyFileError(reason: "member 'format' is not \(Self.keyFileFormat)")
        }
        guard case .object(let entries)? = members["labels"] else {
            throw KeyFileError(reason: "member 'labels' is not an object")
        }
        var labels: [String: String] = [:]
        for (id, value) in entries {
            guard let label = value.stringValue, !label.isEmpty else {
                throw KeyFileError(reason: "a label in 'labels' is not a non-empty string")
            }
            labels[id] = label
        }
        guard Set(labels.values).count == labels.count else {
            throw KeyFileError(reason: "two identifiers share one label")
        }
        self.init(labels: labels)
    }

    /// The key file of this map: indented JSON with sorted keys.
    public var keyFileText: String {
        PrettyJSON.encode(
            .object([
                "format": .string(Self.keyFileFormat), "labels": .object(labels.mapValues(JSONValue.string)),
            ])) + "\n"
    }
}
