/// Path arithmetic for `SimulatedFileSystem`: every path is stored in one normal form, `/a/b/c`.
enum SimulatedPath {
    /// The root directory.
    static let root = "/"

    /// The normal form of `path`: absolute, no empty or `.` components, no trailing `/`.
    static func normalized(_ path: String) -> String {
        let components = path.split(separator: "/").filter { $0 != "." }
        return root + components.joined(separator: "/")
    }

    /// The directory holding a normalised path; the root is its own parent.
    static func parent(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/"), slash != path.startIndex else { return root }
        return String(path[..<slash])
    }

    /// The last component of a normalised path.
    static func name(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return path }
        return String(path[path.index(after: slash)...])
    }

    /// The normalised path of every proper ancestor directory, from the root down, then `path` itself.
    static func selfAndAncestors(of path: String) -> [String] {
        var paths: [String] = []
        var current = path
        while current != root {
            paths.append(current)
            current = parent(of: current)
        }
        paths.append(root)
        return paths.reversed()
    }

    /// True if `lhs` sorts before `rhs` comparing UTF-8 bytes, as `POSIXFileSystem` sorts names.
    static func bytewiseLess(_ lhs: String, _ rhs: String) -> Bool {
        lhs.utf8.lexicographicallyPrecedes(rhs.utf8)
    }
}
