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
    /// Records after a checkpoint's position that `currentHead` reads to see whether any is a case record;
    /// behind by more, the checkpoint is treated as stale (the caller folds, reading them anyway).
    static let headTailRecordCountMax: UInt64 = 4_096

    /// Reads the summary and sections of the checkpoint at `path`, and checks them against the trailer, which
    /// covers every byte of the body but the histories'; the histories are neither read nor checked (a full
    /// read, `readCheckpoint`, checks them against their stored hash).
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
        let summaryLength = try length(in: file, at: bodyStart, bodyEnd: bodyEnd)
        let summaryBlock = try file.read(atOffset: bodyStart, count: 8 + summaryLength)
        let hashOffset = bodyStart + 8 + summaryLength
        let hashAndLength = try file.read(atOffset: hashOffset, count: CheckpointBodyLayout.hashByteCount + 8)
        let historiesLength = try length(
            in: file, at: hashOffset + CheckpointBodyLayout.hashByteCount, bodyEnd: bodyEnd)
        let sectionsOffset = hashOffset + CheckpointBodyLayout.hashByteCount + 8 + historiesLength
        let sectionBytes = try file.read(atOffset: sectionsOffset, count: bodyEnd - sectionsOffset)
        var hasher = SHA256()
        for part in [summaryBlock, hashAndLength, sectionBytes] { hasher.update(part) }
        let stateHash = hasher.finalize()
        guard stateHash == (try file.read(atOffset: bodyEnd, count: ProjectionCheckpoint.trailerByteCount)) else {
            throw ProjectionCheckpoint.damaged()
        }
        var reader = CheckpointReader(sectionBytes)
        return CheckpointHead(
            summary: try CheckpointSummary.read(Array(summaryBlock[8...])),
            sections: try CheckpointSection.read(from: &reader), stateHash: stateHash)
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

    /// The u64 length of a body part at `offset`; a length that runs past `bodyEnd` means a damaged file.
    private static func length(in file: some OpenFile, at offset: Int, bodyEnd: Int) throws -> Int {
        var reader = CheckpointReader(try file.read(atOffset: offset, count: 8))
        let length = try reader.uint64("part length")
        guard offset + 8 <= bodyEnd, length <= UInt64(bodyEnd - offset - 8) else {
            throw ProjectionCheckpoint.damaged(" (its part lengths do not fit)")
        }
        return Int(length)
    }
}
