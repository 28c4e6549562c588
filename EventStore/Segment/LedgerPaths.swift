/// File names inside a ledger directory (FORMAT.md, "Directory layout").
struct LedgerPaths: Sendable {
    /// The ledger directory.
    let directory: String

    /// `DIR/LOCK`: the writer's advisory lock.
    var lock: String { directory + "/LOCK" }
    /// `DIR/MANIFEST`: the sealed-segment list.
    var manifest: String { directory + "/MANIFEST" }
    /// `DIR/MANIFEST.tmp`: where a new manifest is written before its rename.
    var manifestTemporary: String { directory + "/MANIFEST.tmp" }
    /// `DIR/HEAD`: the durable-tail hint for readers.
    var head: String { directory + "/HEAD" }
    /// `DIR/INDEX`: the index checkpoint.
    var indexCheckpoint: String { directory + "/INDEX" }
    /// `DIR/INDEX.tmp`: where a new checkpoint is written before its rename.
    var indexCheckpointTemporary: String { directory + "/INDEX.tmp" }

    /// `DIR/INDEX-TAIL`: the tail index, the index entries after the checkpoint's, written at close.
    var tailIndex: String { directory + "/INDEX-TAIL" }
    /// `DIR/INDEX-TAIL.tmp`: where a new tail index is written before its rename.
    var tailIndexTemporary: String { directory + "/INDEX-TAIL.tmp" }

    /// `DIR/segment-00000007.log`.
    func segment(_ index: UInt32) -> String { directory + "/" + Self.segmentName(index) }

    /// `segment-` + 8 decimal digits + `.log`.
    static func segmentName(_ index: UInt32) -> String {
        let digits = String(index)
        return "segment-" + String(repeating: "0", count: max(0, 8 - digits.count)) + digits + ".log"
    }

    /// The index named by a segment file name, or nil if `name` is not a segment file.
    static func segmentIndex(fromName name: String) -> UInt32? {
        guard name.hasPrefix("segment-"), name.hasSuffix(".log") else { return nil }
        let digits = name.dropFirst("segment-".count).dropLast(".log".count)
        guard digits.count == 8, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return UInt32(digits)
    }
}
