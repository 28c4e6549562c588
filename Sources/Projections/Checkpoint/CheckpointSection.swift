/// A named part of a checkpoint derived from the state it stores (for example the annual-report facts of
/// every child), so that a report reads its section instead of decoding every event. A section is a pure
/// function of the state and of the inputs its name and its own content record (definitions, calendar);
/// a reader that finds other inputs recorded ignores it and folds the histories.
public struct CheckpointSection: Hashable, Sendable {
    /// The section's name (`annual-facts`), unique in a checkpoint.
    public var name: String
    /// The section's bytes, in an encoding its producer documents.
    public var bytes: [UInt8]

    /// Creates a section.
    public init(name: String, bytes: [UInt8]) {
        self.name = name
        self.bytes = bytes
    }

    /// Writes a u32 count and the sections in ascending name order: a u32-length name, a u64-length body.
    static func write(_ sections: [CheckpointSection], to writer: inout CheckpointWriter) {
        writer.count(sections.count)
        for section in sections.sorted(by: { $0.name < $1.name }) {
            writer.string(section.name)
            writer.block { $0.append(section.bytes) }
        }
    }

    /// Reads the sections `write` wrote, which must fill the rest of `reader`'s bytes.
    ///
    /// - Throws: `ProjectionError.malformedCheckpoint` for a truncated part, bytes after the last section,
    ///   or names that are not strictly ascending.
    static func read(from reader: inout CheckpointReader) throws(ProjectionError) -> [CheckpointSection] {
        var sections: [CheckpointSection] = []
        for _ in 0..<(try reader.count("sections")) {
            let name = try reader.string("section name")
            let range = try reader.blockRange("section \(name)")
            if let previous = sections.last, previous.name >= name {
                throw ProjectionError(.malformedCheckpoint, reason: "section names are not strictly ascending")
            }
            sections.append(CheckpointSection(name: name, bytes: Array(reader.bytes[range])))
        }
        guard reader.isAtEnd else {
            throw ProjectionError(.malformedCheckpoint, reason: "bytes after the last section")
        }
        return sections
    }
}
