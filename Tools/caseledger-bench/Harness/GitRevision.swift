/// The commit the benchmarked code came from, read from `.git` files without running git.
///
/// Follows `HEAD` to its ref in the worktree's git directory, the common directory (for a linked
/// worktree, whose `.git` is a file naming its git directory) or `packed-refs`. Uncommitted changes
/// are not detected: pass `--commit` to label a dirty tree.
struct GitRevision: Sendable, Equatable {
    /// The commit hash (40 hex digits), or the `--commit` text.
    var commit: String
    /// The branch name, or nil when HEAD is detached or the commit was given.
    var branch: String?

    /// The report text: `ae73b71c… (bench)`.
    var description: String {
        branch.map { "\(commit) (\($0))" } ?? commit
    }

    /// The revision of the repository containing `directory`, or nil if none can be read.
    static func read(from directory: String) -> GitRevision? {
        guard let root = TextFile.findUpward(".git", from: directory) else { return nil }
        guard let gitDirectory = gitDirectory(dotGitPath: root + "/.git") else { return nil }
        guard let head = TextFile.read(atPath: gitDirectory + "/HEAD").map(firstLine) else { return nil }
        guard head.hasPrefix("ref: ") else { return isCommitHash(head) ? GitRevision(commit: head, branch: nil) : nil }
        let ref = String(head.dropFirst("ref: ".count))
        let commonDirectory = commonDirectory(of: gitDirectory)
        guard let commit = resolve(ref, in: [gitDirectory, commonDirectory]) else { return nil }
        let branchPrefix = "refs/heads/"
        let branch = ref.hasPrefix(branchPrefix) ? String(ref.dropFirst(branchPrefix.count)) : ref
        return GitRevision(commit: commit, branch: branch)
    }

    /// `.git` itself when it is a directory; the `gitdir:` it names when it is a file (linked worktree).
    private static func gitDirectory(dotGitPath: String) -> String? {
        if TextFile.read(atPath: dotGitPath + "/HEAD") != nil { return dotGitPath }
        guard let line = TextFile.read(atPath: dotGitPath).map(firstLine), line.hasPrefix("gitdir: ") else {
            return nil
        }
        let path = String(line.dropFirst("gitdir: ".count))
        return path.hasPrefix("/") ? path : parent(of: dotGitPath) + "/" + path
    }

    /// The directory holding shared refs: named by `commondir` in a linked worktree, else the git directory.
    private static func commonDirectory(of gitDirectory: String) -> String {
        guard let line = TextFile.read(atPath: gitDirectory + "/commondir").map(firstLine), !line.isEmpty else {
            return gitDirectory
        }
        return line.hasPrefix("/") ? line : gitDirectory + "/" + line
    }

    /// The commit a ref names: its loose ref file in one of `directories`, or its line in `packed-refs`.
    private static func resolve(_ ref: String, in directories: [String]) -> String? {
        for directory in directories {
            if let line = TextFile.read(atPath: directory + "/" + ref).map(firstLine), isCommitHash(line) {
                return line
            }
        }
        for directory in directories {
            guard let packed = TextFile.read(atPath: directory + "/packed-refs") else { continue }
            for line in packed.split(separator: "\n") where line.hasSuffix(" " + ref) {
                let hash = String(line.prefix(while: { $0 != " " }))
                if isCommitHash(hash) { return hash }
            }
        }
        return nil
    }

    private static func firstLine(_ text: String) -> String {
        String(text.prefix(while: { $0 != "\n" && $0 != "\r" }))
    }

    private static func isCommitHash(_ text: String) -> Bool {
        (text.utf8.count == 40 || text.utf8.count == 64) && text.allSatisfy(\.isHexDigit)
    }

    private static func parent(of path: String) -> String {
        guard let slashIndex = path.lastIndex(of: "/") else { return "." }
        return slashIndex == path.startIndex ? "/" : String(path[..<slashIndex])
    }
}
