import CommandLineSupport
import EventStore
import Reports

/// The `--pseudonymise KEYFILE` and `--output FILE` handling of the chronology commands.
enum ChronologyPseudonyms {
    /// Largest key file read.
    static let keyFileSizeBytesMax = 16 << 20

    /// The pseudonyms of an invocation: none without `--pseudonymise`; else the key file's map (empty if the
    /// file does not exist yet) with labels given to everything `chronologies` show.
    /// - Throws: `CommandFailure` (65) for a key file that is not a pseudonym map; file errors as they are.
    static func load(_ invocation: CommandInvocation, for chronologies: [ChildChronology]) throws -> Pseudonyms {
        try load(invocation) { pseudonyms in
            for chronology in chronologies { pseudonyms.assign(for: chronology) }
        }
    }

    /// The pseudonyms of an invocation as `load(_:for:)`, with labels given by `assign` (an action plan's).
    static func load(_ invocation: CommandInvocation, assigning assign: (inout Pseudonyms) -> Void) throws
        -> Pseudonyms
    {
        guard let path = invocation.arguments.value(ChronologyOptions.pseudonymise.name) else { return .none }
        var pseudonyms = Pseudonyms(labels: [:])
        if POSIXFileSystem().fileExists(atPath: path) {
            do {
                pseudonyms = try Pseudonyms(
                    keyFileBytes: try InputFile.contents(ofPath: path, sizeBytesMax: keyFileSizeBytesMax))
            } catch let error as Pseudonyms.KeyFileError {
                throw CommandFailure(.dataError, "\(path): \(error)")
            }
        }
        assign(&pseudonyms)
        return pseudonyms
    }

    /// Writes the (possibly extended) map back to the key file, atomically, before any output is written, and
    /// makes it readable by its owner only (mode 0600).
    static func save(_ pseudonyms: Pseudonyms, _ invocation: CommandInvocation) throws {
        guard pseudonyms.isActive, let path = invocation.arguments.value(ChronologyOptions.pseudonymise.name) else {
            return
        }
        // Created with mode 0600, so the map is never readable by others, not even before the rename.
        try POSIXFileSystem().writeAtomically(
            Array(pseudonyms.keyFileText.utf8), toPath: path, permissions: UInt32(KeyFiles.privateKeyMode))
    }

    /// Writes `text` to `--output FILE` (atomically) or standard output.
    static func write(_ text: String, _ invocation: CommandInvocation) throws {
        guard let path = invocation.arguments.value(ChronologyOptions.output.name) else {
            return invocation.output.write(text)
        }
        try POSIXFileSystem().writeAtomically(Array(text.utf8), toPath: path)
    }
}
