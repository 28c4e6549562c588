import CommandLineSupport
import EventStore
import TextFormats

/// `caseledger read`: prints records in position order (or one stream in version order).
enum ReadCommand {
    /// Records fetched per engine call when reading backward or by stream, so memory stays bounded.
    static let chunkRecordCountMax = 1_024

    /// The command declaration.
    static let command = Command(
        name: "read", summary: "Print records from the log, or from one stream.",
        discussion: """
            Without --stream, --from is a global position and records come in position order. With --stream, \
            --from is a 0-based stream version. --backward reads towards the start, from --from (default: the \
            end). Every record's checksum and chain link are checked as it is read.
            """,
        options: [
            LedgerAccess.ledgerOption,
            .value("from", valueName: "POSITION", help: "Start here (default: the start, or the end with --backward)."),
            .flag("backward", help: "Read towards the start."),
            .value("limit", shortName: "n", valueName: "N", help: "Print at most N records."),
            .value("stream", valueName: "STREAM", help: "Read only this stream."),
            LedgerAccess.jsonFlag, AccessAudit.purposeOption, AccessAudit.noAuditFlag,
        ],
        handler: run)

    /// What to read, from the command line.
    private struct Request {
        var from: UInt64?
        var limit: Int
        var isBackward: Bool
    }

    private static func run(_ invocation: CommandInvocation) throws -> ExitCode {
        let arguments = invocation.arguments
        let request = Request(
            from: try arguments.value("from", expected: "a position or version (0 or more)") { UInt64($0) },
            limit: try arguments.integer("limit", in: 0...Int.max) ?? Int.max,
            isBackward: arguments.flag("backward"))
        let printer = RecordPrinter(output: invocation.output, asJSON: arguments.flag(LedgerAccess.jsonFlag.name))
        if let stream = arguments.value("stream"), !AccessAudit.childIds(in: [stream]).isEmpty {
            // A child's record: who and why are recorded before anything is read (docs/access-audit.md).
            try AccessAudit.record(try AccessAudit.reader(of: invocation), command: "read", streams: [stream], invocation)
        }
        try LedgerAccess.withLedger(invocation, mode: .readOnly) { store in
            if let stream = arguments.value("stream") {
                let versions = try versionRange(request, lastVersion: lastVersion(of: stream, in: store))
                if stream.hasPrefix(AccessAudit.householdStreamPrefix) {
                    try auditHouseholdRead(stream, versions, request, from: store, invocation)
                }
                printer.printHeader()
                try readStream(stream, versions, request, from: store) { printer.print($0) }
            } else if request.isBackward {
                printer.printHeader()
                try readLogBackward(request, from: store, to: printer)
            } else {
                printer.printHeader()
                try readLogForward(request, from: store, to: printer)
            }
        }
        return .success
    }

    private static func readLogForward(_ request: Request, from store: EventStore, to printer: RecordPrinter) throws {
        var cursor = try store.events(fromPosition: request.from ?? 0)
        var printedCount = 0
        while printedCount < request.limit, let record = try cursor.next() {
            printer.print(record)
            printedCount += 1
        }
    }

    private static func readLogBackward(_ request: Request, from store: EventStore, to printer: RecordPrinter) throws {
        var start = request.from ?? UInt64.max
        var remainingCount = request.limit
        while remainingCount > 0 {
            let chunkCount = min(remainingCount, chunkRecordCountMax)
            let records = try store.read(fromPosition: start, direction: .backward, limit: chunkCount)
            records.forEach(printer.print)
            remainingCount -= records.count
            guard records.count == chunkCount, let last = records.last, last.position > 0 else { return }
            start = last.position - 1
        }
    }

    /// Records the read of a household stream for every child its records to be shown name, before any is
    /// shown (docs/access-audit.md). The store is a read-only snapshot, so the records printed next are exactly
    /// the ones examined here, whatever the access events append.
    private static func auditHouseholdRead(
        _ stream: String, _ versions: Range<UInt64>, _ request: Request, from store: EventStore,
        _ invocation: CommandInvocation
    ) throws {
        let reader = try AccessAudit.reader(of: invocation)
        var shown: [RecordedEvent] = []
        try readStream(stream, versions, request, from: store) { shown.append($0) }
        try AccessAudit.record(
            reader, command: "read", streams: [stream], childIds: AccessAudit.childIds(inHouseholdRecords: shown),
            invocation)
    }

    /// The version of `stream`'s last record; `notFound` when it has none.
    private static func lastVersion(of stream: String, in store: EventStore) throws -> UInt64 {
        guard let lastVersion = try store.version(of: stream) else {
            throw CommandFailure(.notFound, "stream \(TerminalText.escaped(stream)) has no records")
        }
        return lastVersion
    }

    /// Hands `body` the records of `stream` at `versions`, in the order `request` asks for, a chunk at a time.
    private static func readStream(
        _ stream: String, _ versions: Range<UInt64>, _ request: Request, from store: EventStore,
        _ body: (RecordedEvent) -> Void
    ) throws {
        var remaining = versions
        while !remaining.isEmpty {
            let size = UInt64(min(chunkRecordCountMax, remaining.count))
            let chunk =
                request.isBackward
                ? (remaining.upperBound - size)..<remaining.upperBound
                : remaining.lowerBound..<(remaining.lowerBound + size)
            let records = try store.readStream(stream, fromVersion: chunk.lowerBound, limit: chunk.count)
            (request.isBackward ? records.reversed() : records).forEach(body)
            remaining =
                request.isBackward ? remaining.lowerBound..<chunk.lowerBound : chunk.upperBound..<remaining.upperBound
        }
    }

    /// The stream versions to print, as an ascending range, honouring --from, --limit and --backward.
    private static func versionRange(_ request: Request, lastVersion: UInt64) -> Range<UInt64> {
        let limit = UInt64(request.limit)
        guard request.isBackward else {
            let lower = request.from ?? 0
            guard lower <= lastVersion else { return lower..<lower }
            return lower..<(lower + min(limit, lastVersion - lower + 1))
        }
        let upper = min(request.from ?? lastVersion, lastVersion) + 1
        return (upper - min(limit, upper))..<upper
    }
}
