import CommandLineSupport
import EventStore

/// A signed checkpoint file read from disk: its bytes, the signed note and the checkpoint it carries.
struct CheckpointFile {
    /// The file's bytes, as read.
    var bytes: [UInt8]
    /// The signed note.
    var note: SignedNote
    /// The checkpoint in the note's text.
    var checkpoint: LogCheckpoint

    /// Reads and parses the checkpoint file at `path`.
    /// - Throws: `FileSystemError` if unreadable; `CommandFailure(.dataError)` naming the file if it is not a
    ///   signed checkpoint.
    init(path: String) throws {
        bytes = try InputFile.contents(ofPath: path, sizeBytesMax: KeyFiles.fileSizeBytesMax)
        do {
            note = try SignedNote(parsing: bytes)
            checkpoint = try LogCheckpoint(noteText: note.text)
        } catch {
            throw CommandFailure(.dataError, "checkpoint file \(path): \(error.message)")
        }
    }
}
