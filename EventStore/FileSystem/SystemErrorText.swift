#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A system error number said in words, for messages people read: `the disk is full (ENOSPC)` rather than
/// `errno 28`. The symbolic name stays in brackets so the message can still be searched for.
public enum SystemErrorText {
    /// The words and symbolic name for `errorNumber`; the C library's text for numbers not listed.
    public static func describe(_ errorNumber: Int32) -> String {
        guard let (words, name) = known[errorNumber] else {
            return String(cString: strerror(errorNumber)).lowercased() + " (errno \(errorNumber))"
        }
        return "\(words) (\(name))"
    }

    private static let known: [Int32: (String, String)] = [
        ENOSPC: ("the disk is full", "ENOSPC"),
        EDQUOT: ("the disk quota is used up", "EDQUOT"),
        EFBIG: ("the file size limit was reached (see 'ulimit -f')", "EFBIG"),
        EIO: ("the device reported an input/output error", "EIO"),
        ENOENT: ("no such file or directory", "ENOENT"),
        EEXIST: ("the file already exists", "EEXIST"),
        EACCES: ("permission denied", "EACCES"),
        EPERM: ("the operation is not permitted", "EPERM"),
        EROFS: ("the file system is read-only", "EROFS"),
        EISDIR: ("it is a directory", "EISDIR"),
        ENOTDIR: ("a path component is not a directory", "ENOTDIR"),
        ENAMETOOLONG: ("the path is too long", "ENAMETOOLONG"),
        ELOOP: ("too many symbolic links", "ELOOP"),
        EMFILE: ("the process has too many open files", "EMFILE"),
        ENFILE: ("the system has too many open files", "ENFILE"),
        ENOMEM: ("out of memory", "ENOMEM"),
        EINVAL: ("an invalid argument", "EINVAL"),
        EWOULDBLOCK: ("the file is locked by another process", "EWOULDBLOCK"),
        EBADF: ("a bad file descriptor", "EBADF"),
        ENXIO: ("no such device or address", "ENXIO"),
        ETXTBSY: ("the file is busy", "ETXTBSY"),
    ]
}
