import EventStore
import Integrity

/// The summary and the derived sections of a checkpoint file, read without its histories
/// (`ProjectionLoader.readHead`): what a report answered from a section needs.
public struct CheckpointHead: Hashable, Sendable {
    /// The stored state's positions, chain head and skipped records.
    public var summary: CheckpointSummary
    /// The derived sections, in name order.
    public var sections: [CheckpointSection]
    /// SHA-256 of the whole body (the file's trailer), checked.
    public var stateHash: [UInt8]

    /// The section named `name`, if the checkpoint has one.
    public func section(named name: String) -> CheckpointSection? { sections.first { $0.name == name } }
}

extension ProjectionLoader {
    /// Bytes hashed per read when a checkpoint's head is read: memory holds one chunk, never the histories.
    static let headHashChunkByteCount = 8 << 20
    /// Records after a checkpoint's position that `currentHead` reads to see whether any is a case record;
    /// behind by more, the checkpoint is treated as stale (the caller folds, reading them anyway).
    static let headTailRecordCountMax: UInt64 = 4_096

    /// Reads the summary and sections of the checkpoint at `path`. The whole body is hashed in chunks and
    /// compared with the trailer first, so the parts read are the ones the trailer covers; the histories are
    /// never held in memory.
    ///
    /// - Throws: as `readCheckpoint(atPath:fileSystem:)`.
    public static func readHead(atPath path: String, fileSystem: some FileSystem = POSIXFileSystem()) throws
        -> CheckpointHead
    {
        let file = try fileSystem.openFile(atPath: path, mode: .readOnly)
        let sizeBytes = try file.size()
        let sizeBytesMax = ProjectionCheckpoint.fileSizeBytesMax
        guard sizeBytes <= sizeBytesMax else {
            throw ProjectionError(.malformedCheckpoint, reason: "\(path) is larger than the \(sizeBytesMax)-byte limit")
        }
        let bodyStart = ProjectionCheckpoint.headerByteCount
        let header = try file.read(atOffset: 0, count: bodyStart)
        let bodyEnd = bodyStart + (try ProjectionCheckpoint.bodyByteCount(header: header, fileSizeBytes: sizeBytes))
        let stateHash = try hashBody(of: file, range: bodyStart..<bodyEnd)
        guard stateHash == (try file.read(atOffset: bodyEnd, count: ProjectionCheckpoint.trailerByteCount)) else {
            throw ProjectionError(.checkpointMismatch, reason: "the state does not hash to the recorded state hash")
        }
        let summaryLength = try length(of: "summary", in: file, at: bodyStart, bodyEnd: bodyEnd)
        let summary = try CheckpointSummary.read(try file.read(atOffset: bodyStart + 8, count: summaryLength))
        let historiesOffset = bodyStart + 8 + summaryLength
        let historiesLength = try length(of: "histories", in: file, at: historiesOffset, bodyEnd: bodyEnd)
        let sectionsOffset = historiesOffset + 8 + historiesLength
        var reader = CheckpointReader(try file.read(atOffset: sectionsOffset, count: bodyEnd - sectionsOffset))
        return CheckpointHead(
            summary: summary, sections: try CheckpointSection.read(from: &reader), stateHash: stateHash)
    }

    /// The head of the checkpoint at `path` when the state it stores is the state of the whole of `store`: it
    /// describes a prefix of the ledger and no case record follows its position (records outside the case
    /// model may). Nil when there is no usable checkpoint, or it is behind: the caller then folds (`load`),
    /// which also names an unusable checkpoint in its warning.
    ///
    /// - Throws: the store's errors; file errors other than a missing file.
    public static func currentHead(
        of store: EventStore, checkpointPath path: String, fileSystem: some FileSystem = POSIXFileSystem()
    ) throws -> CheckpointHead? {
        let head: CheckpointHead
        do {
            head = try readHead(atPath: path, fileSystem: fileSystem)
        } catch let error as FileSystemError where error.code == .notFound {
            return nil
        } catch is ProjectionError {
            return nil
        }
        let summary = head.summary
        guard try anchorMismatch(position: summary.lastPosition, chainHead: summary.chainHead, in: store) == nil
        else { return nil }
        let next = summary.lastPosition.map { $0 + 1 } ?? 0
        let recordCount = store.info.recordCount
        guard next < recordCount else { return head }
        guard recordCount - next <= headTailRecordCountMax else { return nil }
        let tail = try LedgerEvent.readAll(from: store, fromPosition: next)
        return tail.events.isEmpty && tail.skipped.isEmpty ? head : nil
    }

    private static func hashBody(of file: some OpenFile, range: Range<Int>) throws -> [UInt8] {
        var hasher = SHA256()
        var offset = range.lowerBound
        while offset < range.upperBound {
            let chunk = try file.read(atOffset: offset, count: min(headHashChunkByteCount, range.upperBound - offset))
            guard !chunk.isEmpty else {
                throw ProjectionError(.malformedCheckpoint, reason: "the file ended at byte \(offset) while read")
            }
            hasher.update(chunk)
            offset += chunk.count
        }
        return hasher.finalize()
    }

    /// The u64 length of a body part at `offset`, checked to fit before `bodyEnd`.
    private static func length(of part: String, in file: some OpenFile, at offset: Int, bodyEnd: Int) throws -> Int {
        var reader = CheckpointReader(try file.read(atOffset: offset, count: 8))
        let length = try reader.uint64("\(part) length")
        guard length <= UInt64(bodyEnd - offset - 8) else {
            throw ProjectionError(.malformedCheckpoint, reason: "\(part) length \(length) exceeds the body")
        }
        return Int(length)
    }
}
