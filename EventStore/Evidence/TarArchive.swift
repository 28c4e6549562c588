/// A deterministic POSIX ustar archive of regular files: the container of an evidence bundle
/// (docs/evidence-bundles.md), readable by `tar` and Python's `tarfile`.
///
/// Written: one 512-byte header per file (mode 0644, uid/gid 0, mtime 0, no user or group names), the file's
/// bytes padded with zeros to a 512-byte boundary, then two zero blocks. The same files in the same order give
/// the same bytes. Read: only that shape; anything else (another entry type, a bad header checksum, a size past
/// the end, an absolute or `..` name, a duplicate name) is refused as `corrupt`, never guessed at.
public enum TarArchive {
    /// One regular file in the archive.
    public struct Entry: Sendable, Equatable {
        /// Relative path, at most 100 UTF-8 bytes, `/`-separated, no `..` component.
        public var name: String
        /// The file's bytes.
        public var bytes: [UInt8]

        /// Creates an entry.
        public init(name: String, bytes: [UInt8]) {
            self.name = name
            self.bytes = bytes
        }
    }

    /// The tar block size.
    static let blockSizeBytes = 512
    /// Longest name the header's name field holds (the ustar prefix field is not used).
    public static let nameSizeBytesMax = 100
    /// Most entries a reader accepts.
    public static let entryCountMax = 1 << 20

    /// The archive of `entries`, in order.
    ///
    /// - Precondition: every name is valid (`isValidName`) and unique; sizes are below 8 GiB.
    public static func archive(_ entries: [Entry]) -> [UInt8] {
        var bytes: [UInt8] = []
        for entry in entries {
            precondition(isValidName(entry.name), "tar entry names are checked by the caller")
            bytes += header(name: entry.name, sizeBytes: entry.bytes.count)
            bytes += entry.bytes
            bytes += [UInt8](repeating: 0, count: paddingSizeBytes(entry.bytes.count))
        }
        return bytes + [UInt8](repeating: 0, count: 2 * blockSizeBytes)
    }

    /// The regular files of an archive written by `archive(_:)`, in order.
    /// - Throws: `corrupt` naming the entry's offset and the check that failed.
    public static func entries(of archive: [UInt8]) throws(EventStoreError) -> [Entry] {
        var entries: [Entry] = []
        var names = Set<String>()
        var offset = 0
        while true {
            guard archive.count - offset >= blockSizeBytes else {
                throw EventStoreError.corrupt(at: "archive offset \(offset)", "ends without its two zero blocks")
            }
            let block = archive[offset..<(offset + blockSizeBytes)]
            if block.allSatisfy({ $0 == 0 }) {
                guard archive[offset...].allSatisfy({ $0 == 0 }), archive.count - offset >= 2 * blockSizeBytes else {
                    throw EventStoreError.corrupt(at: "archive offset \(offset)", "data after the end-of-archive block")
                }
                return entries
            }
            let (name, sizeBytes) = try decodeHeader(block, offset: offset)
            let dataStart = offset + blockSizeBytes
            guard sizeBytes <= archive.count - dataStart else {
                throw EventStoreError.corrupt(at: "archive entry \(name)", "size \(sizeBytes) runs past the end")
            }
            guard names.insert(name).inserted, entries.count < entryCountMax else {
                throw EventStoreError.corrupt(at: "archive entry \(name)", "duplicate name or too many entries")
            }
            entries.append(Entry(name: name, bytes: Array(archive[dataStart..<(dataStart + sizeBytes)])))
            offset = dataStart + sizeBytes + paddingSizeBytes(sizeBytes)
            guard offset <= archive.count else {
                throw EventStoreError.corrupt(at: "archive entry \(name)", "padding runs past the end")
            }
        }
    }

    /// Whether `name` can be an entry name: 1…100 UTF-8 bytes, relative, no empty, `.` or `..` component,
    /// no control characters or backslash.
    public static func isValidName(_ name: String) -> Bool {
        let bytes = Array(name.utf8)
        guard !bytes.isEmpty, bytes.count <= nameSizeBytesMax,
            bytes.allSatisfy({ $0 >= 0x20 && $0 != 0x7F && $0 != 0x5C })
        else { return false }
        return name.split(separator: "/", omittingEmptySubsequences: false).allSatisfy {
            !$0.isEmpty && $0 != "." && $0 != ".."
        }
    }

    private static func paddingSizeBytes(_ sizeBytes: Int) -> Int {
        (blockSizeBytes - sizeBytes % blockSizeBytes) % blockSizeBytes
    }
}
