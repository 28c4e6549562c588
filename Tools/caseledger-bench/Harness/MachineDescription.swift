import Glibc

/// The machine a benchmark ran on: CPU, cores, memory, kernel and the scratch directory's file system.
struct MachineDescription: Sendable {
    /// Online processors (`sysconf(_SC_NPROCESSORS_ONLN)`).
    var coreCount: Int
    /// The first `model name` in `/proc/cpuinfo`, or `unknown CPU`.
    var cpuModel: String
    /// Physical memory in bytes (`_SC_PHYS_PAGES` × `_SC_PAGESIZE`).
    var memorySizeBytes: Int
    /// `uname`: system, release and machine, `Linux 6.8.0 x86_64`.
    var kernel: String
    /// The scratch directory's file system type (`ext4`, `xfs`, `tmpfs`) from `/proc/self/mounts`.
    var scratchFileSystem: String

    /// Reads the description of this machine, with `scratchDirectory` for the file-system type.
    static func current(scratchDirectory: String) -> MachineDescription {
        MachineDescription(
            coreCount: sysconf(Int32(_SC_NPROCESSORS_ONLN)),
            cpuModel: cpuModel(),
            memorySizeBytes: sysconf(Int32(_SC_PHYS_PAGES)) * sysconf(Int32(_SC_PAGESIZE)),
            kernel: kernel(),
            scratchFileSystem: fileSystemType(of: scratchDirectory))
    }

    /// One line for the report header.
    var description: String {
        "\(coreCount) cores, \(cpuModel), \(NumberText.bytes(memorySizeBytes)) memory, \(kernel)"
    }

    private static func cpuModel() -> String {
        guard let cpuInfo = TextFile.read(atPath: "/proc/cpuinfo") else { return "unknown CPU" }
        for line in cpuInfo.split(separator: "\n") where line.hasPrefix("model name") {
            guard let colonIndex = line.firstIndex(of: ":") else { continue }
            return line[line.index(after: colonIndex)...].trimmingSpaces()
        }
        return "unknown CPU"
    }

    private static func kernel() -> String {
        var names = utsname()
        guard uname(&names) == 0 else { return "unknown kernel" }
        func text<Field>(_ field: Field) -> String {
            withUnsafeBytes(of: field) { String(decoding: $0.prefix(while: { $0 != 0 }), as: UTF8.self) }
        }
        return "\(text(names.sysname)) \(text(names.release)) \(text(names.machine))"
    }

    /// The type of the mount holding `directory`: the longest mount point in `/proc/self/mounts`
    /// that is a prefix of it (paths with escaped characters such as spaces are not unescaped).
    private static func fileSystemType(of directory: String) -> String {
        guard let mounts = TextFile.read(atPath: "/proc/self/mounts") else { return "unknown file system" }
        var best: (mountPoint: Substring, type: Substring)?
        for line in mounts.split(separator: "\n") {
            let fields = line.split(separator: " ")
            guard fields.count >= 3 else { continue }
            let mountPoint = fields[1]
            let isPrefix = mountPoint == "/" || directory == mountPoint || directory.hasPrefix(mountPoint + "/")
            if isPrefix && mountPoint.count >= (best?.mountPoint.count ?? 0) { best = (mountPoint, fields[2]) }
        }
        return best.map { String($0.type) } ?? "unknown file system"
    }
}

extension Substring {
    /// The text without leading and trailing spaces and tabs.
    fileprivate func trimmingSpaces() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else {
            return ""
        }
        return String(self[first...last])
    }
}
