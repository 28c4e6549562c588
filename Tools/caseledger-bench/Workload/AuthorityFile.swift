import LedgerCalendar
import SyntheticAuthority

/// A synthetic local authority's events written as a JSONL file in the scratch directory, as
/// `caseledger-gen` would write them: the input of the import and projections benchmarks.
struct AuthorityFile: Sendable {
    /// The file's path.
    var path: String
    /// Events (lines) in the file.
    var eventCount: Int
    /// The file's size.
    var sizeBytes: Int

    /// The span of valid time every benchmark authority covers: four financial years, across the
    /// 15 April 2013 switch from Working Together 2010 to 2013 (the `caseledger-gen` default).
    static let startDate = CivilDate(year: 2012, month: 4, day: 1)!
    /// The last valid date of any generated event.
    static let endDate = CivilDate(year: 2016, month: 3, day: 31)!
    /// Bytes gathered before each `pwrite`.
    static let writeChunkSizeBytes = 1 << 20

    /// The generator for `childCount` children from `seed`.
    /// - Throws: `SyntheticAuthorityError` if `childCount` is out of range.
    static func authority(seed: UInt64, childCount: Int) throws -> SyntheticAuthority {
        try SyntheticAuthority(
            parameters: AuthorityParameters(seed: seed, childCount: childCount, startDate: startDate, endDate: endDate))
    }

    /// Generates the authority's events into a new file at `path` (replacing any), in 1 MiB writes, and
    /// makes the file durable with one `fdatasync`.
    /// - Throws: `BenchError` naming the failed call.
    static func write(_ authority: SyntheticAuthority, toPath path: String) throws -> AuthorityFile {
        let file = try PlainFile.create(atPath: path)
        defer { file.close() }
        var chunk: [UInt8] = []
        chunk.reserveCapacity(writeChunkSizeBytes + (64 << 10))
        var writtenSizeBytes = 0
        func flush() throws(BenchError) {
            try file.write(chunk, atOffset: writtenSizeBytes)
            writtenSizeBytes += chunk.count
            chunk.removeAll(keepingCapacity: true)
        }
        let summary = try authority.generateLines { line in
            chunk.append(contentsOf: line)
            if chunk.count >= writeChunkSizeBytes { try flush() }
        }
        try flush()
        try file.synchronizeData()
        return AuthorityFile(path: path, eventCount: summary.eventCount, sizeBytes: writtenSizeBytes)
    }

    /// The fewest children whose authority (from `seed`) should hold at least `eventCount` events:
    /// estimated from a pilot of `pilotChildCount` children, with 5% to spare for the variation
    /// between households. Callers still check the count they get.
    static func childCount(forEventCountAtLeast eventCount: Int, seed: UInt64) throws -> Int {
        let pilotChildCount = 1_000
        var pilotEventCount = 0
        try authority(seed: seed, childCount: pilotChildCount).generate { _ in pilotEventCount += 1 }
        precondition(pilotEventCount > 0, "the pilot authority generated no events")
        let perChild = Double(pilotEventCount) / Double(pilotChildCount)
        return Int((Double(eventCount) * 1.05 / perChild).rounded(.up))
    }
}
