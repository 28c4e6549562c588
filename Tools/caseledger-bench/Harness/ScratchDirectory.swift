import Foundation
import Glibc

/// A fresh directory the benchmarks write into, removed with everything in it when they finish.
struct ScratchDirectory: Sendable {
    /// The directory's absolute path.
    let path: String

    /// Creates `<parent>/caseledger-bench.XXXXXX` with a unique suffix (`mkdtemp`).
    /// - Throws: `BenchError` if the parent is missing or not writable.
    static func create(in parent: String) throws(BenchError) -> ScratchDirectory {
        var template = Array((parent + "/caseledger-bench.XXXXXX").utf8CString)
        guard let created = template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) else {
            throw BenchError.system("mkdtemp", path: parent)
        }
        return ScratchDirectory(path: String(cString: created))
    }

    /// A path inside the directory.
    func path(for name: String) -> String {
        path + "/" + name
    }

    /// Removes `name` and everything under it, if present.
    /// - Throws: `BenchError` if it exists and cannot be removed.
    func remove(_ name: String) throws(BenchError) {
        try Self.removeTree(path(for: name))
    }

    /// Removes the directory and everything in it.
    /// - Throws: `BenchError` if it cannot be removed.
    func removeAll() throws(BenchError) {
        try Self.removeTree(path)
    }

    private static func removeTree(_ path: String) throws(BenchError) {
        guard access(path, F_OK) == 0 else { return }
        do {
            try FileManager.default.removeItem(atPath: path)
        } catch {
            throw BenchError(code: .io, message: "remove \(path): \(error.localizedDescription)")
        }
    }
}
