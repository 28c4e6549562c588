import CommandLineSupport
import EventStore
import Foundation
import TextFormats

/// The access audit (docs/access-audit.md): every CLI read that shows a child's record first appends an access
/// event (who, why, what; the ledger time is when) to the child's access stream `access-<child>` in the same
/// ledger, so the log of who looked is as tamper-evident as the records. An access that cannot be recorded fails
/// the read, unless `--no-audit` is given.
enum AccessAudit {
    /// `--purpose TEXT`: required by every audited read.
    static let purposeOption = OptionSpecification.value(
        "purpose", valueName: "TEXT",
        help: "Why you are reading this child's record (required; kept in the child's access log).")
    /// `--no-audit`: read even when the access cannot be recorded.
    static let noAuditFlag = OptionSpecification.flag(
        "no-audit", help: "Read even if the access cannot be recorded (it is still recorded when possible).")
    /// The environment variable naming who reads.
    static let userVariable = "CASELEDGER_USER"
    /// The access stream of a child is this prefix and the child's id.
    static let streamPrefix = "access-"
    /// The event type of an access event.
    static let eventType = "access.recorded"
    /// Longest user name and purpose accepted, in characters.
    static let userLengthMax = 128
    static let purposeLengthMax = 1_000

    /// Who reads, why, and whether the read may go ahead unrecorded.
    struct Reader: Sendable, Equatable {
        var user: String
        var purpose: String
        var noAudit: Bool
    }

    /// The reader of an audited `invocation`, checked before anything is read.
    /// - Throws: `UsageError` without `--purpose`; `CommandFailure(.usage)` when `CASELEDGER_USER` is unset or
    ///   not a plausible name, or the purpose is empty or too long.
    static func reader(of invocation: CommandInvocation) throws -> Reader {
        let arguments = invocation.arguments
        guard let purpose = arguments.value(purposeOption.name) else {
            throw UsageError(
                commandPath: arguments.commandPath, argument: "--\(purposeOption.name)", reason: .missingRequiredOption)
        }
        let user = ProcessInfo.processInfo.environment[userVariable] ?? ""
        guard isPlain(user, lengthMax: userLengthMax) else {
            throw CommandFailure(
                .usage,
                "reading a child's record needs to know who you are: set \(userVariable) to your user name "
                    + "(1 to \(userLengthMax) characters, no control characters); docs/access-audit.md")
        }
        guard isPlain(purpose, lengthMax: purposeLengthMax) else {
            throw CommandFailure(
                .usage, "--purpose must be 1 to \(purposeLengthMax) characters without control characters")
        }
        return Reader(user: user, purpose: purpose, noAudit: arguments.flag(noAuditFlag.name))
    }

    /// Records that `reader` read `streams` through `command`: one event in the access stream of each child
    /// whose stream (`child-<id>`) is among them, or of each of `childIds` when given (the children a household
    /// stream's records show), appended in one atomic call before anything is shown.
    ///
    /// - Throws: `CommandFailure` with the underlying error's exit code (75 locked, 74 I/O, …) when the access
    ///   cannot be recorded, unless `--no-audit` was given; then it warns on standard error and returns.
    static func record(
        _ reader: Reader, command: String, streams: [String], childIds: [String]? = nil,
        _ invocation: CommandInvocation
    ) throws {
        let streams = Array(Set(streams)).sorted()
        let children = childIds.map { Array(Set($0)).sorted() } ?? Self.childIds(in: streams)
        guard !children.isEmpty else { return }
        let batches = children.map { childId in
            AppendBatch(
                stream: streamPrefix + childId, expectedVersion: .any,
                events: [
                    EventToAppend(
                        type: eventType, schemaVersion: 1, sourceID: nil, metadata: [],
                        payload: AccessEvent(
                            user: reader.user, purpose: reader.purpose, command: command, childId: childId,
                            streams: streams, noAudit: reader.noAudit
                        ).payload)
                ])
        }
        do {
            try LedgerAccess.withLedger(invocation, mode: .readWrite) { store in _ = try store.appendBatches(batches) }
        } catch {
            let report = CaseLedgerCLI.errorReport(for: error) ?? ErrorReport(.ioError, "\(error)")
            let what = "this access could not be recorded in the ledger's access log (\(report.message))"
            guard reader.noAudit else {
                throw CommandFailure(
                    report.exitCode,
                    "\(what); nothing was shown. Retry when the ledger is writable and not locked, or give "
                        + "--\(noAuditFlag.name) to read without a record (docs/access-audit.md)")
            }
            invocation.errorOutput.write("caseledger \(command): warning: \(what); reading anyway (--no-audit)\n")
        }
    }

    /// The child ids among `streams` (`child-<id>`).
    static func childIds(in streams: [String]) -> [String] {
        streams.filter { $0.hasPrefix(childStreamPrefix) }.map { String($0.dropFirst(childStreamPrefix.count)) }
    }

    private static let childStreamPrefix = "child-"

    private static func isPlain(_ text: String, lengthMax: Int) -> Bool {
        !text.trimmingCharacters(in: .whitespaces).isEmpty && text.count <= lengthMax
            && !text.unicodeScalars.contains { $0.properties.generalCategory == .control }
    }
}
